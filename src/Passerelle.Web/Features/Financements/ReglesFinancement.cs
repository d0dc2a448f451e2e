using System.Globalization;
using System.Text.RegularExpressions;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Financements;

/// <summary>A funding line as the form or the API gives it: a year, or a period from <see cref="Debut"/> to <see cref="Fin"/>.</summary>
public sealed record SaisieFinancement(Financeur? Financeur, decimal? MontantVote, decimal? MontantEngage = 0, decimal? MontantPaye = 0,
    int? Annee = null, DateOnly? Debut = null, DateOnly? Fin = null, ConventionEtat? Convention = null, string? ProgrammeFse = null,
    string? OperationFse = null, string? Objet = null);

/// <summary>A funding line as checked, ready to write.</summary>
public sealed record FinancementLu(Financeur Financeur, DateOnly Debut, DateOnly Fin, decimal Vote, decimal Engage, decimal Paye,
    ConventionEtat? Convention, string? ProgrammeFse, string? OperationFse, string? Objet);

/// <summary>
/// The rules of a funding line, each refused with a message that names the field: amounts in euros and cents, none
/// negative, paid within committed and committed within voted; a period whose end does not precede its start; the
/// FSE+ programme and operation of an FSE+ line, the convention of an État line.
/// </summary>
public static partial class ReglesFinancement
{
    private const decimal Plafond = 1_000_000_000m;
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    public static (FinancementLu? Ligne, string? Erreur) Lire(SaisieFinancement s)
    {
        if (s.Financeur is not { } financeur || !Enum.IsDefined(financeur)) return Refus("Choisissez le financeur.");
        if (s.Annee is not null && (s.Debut is not null || s.Fin is not null)) return Refus("Indiquez soit l'année, soit la période (du … au …), pas les deux.");
        if (s.Annee is < 2000 or > 2100) return Refus($"L'année {s.Annee} n'est pas plausible : indiquez une année entre 2000 et 2100.");
        var (debut, fin) = s.Annee is int a ? (new DateOnly(a, 1, 1), new DateOnly(a, 12, 31)) : (s.Debut, s.Fin);
        if (debut is null) return Refus("Indiquez l'année du financement ou le début de sa période.");
        if (fin is null) return Refus("Indiquez la fin de la période du financement.");
        if (fin < debut) return Refus($"La fin de la période ({fin:dd/MM/yyyy}) précède son début ({debut:dd/MM/yyyy}).");
        if (s.MontantVote is not { } vote) return Refus("Indiquez le montant voté.");
        var (engage, paye) = (s.MontantEngage ?? 0, s.MontantPaye ?? 0);
        foreach (var (montant, champ) in new[] { (vote, "voté"), (engage, "engagé"), (paye, "payé") })
        {
            if (montant < 0) return Refus($"Le montant {champ} ne peut pas être négatif ({Euros(montant)}).");
            if (montant >= Plafond) return Refus($"Le montant {champ} ({Euros(montant)}) dépasse un milliard d'euros : vérifiez la saisie.");
            if (decimal.Round(montant, 2) != montant) return Refus($"Le montant {champ} ({montant.ToString(Francais)}) a plus de deux décimales : saisissez-le en euros et centimes.");
        }
        if (engage > vote) return Refus($"Le montant engagé ({Euros(engage)}) dépasse le montant voté ({Euros(vote)}).");
        if (paye > engage) return Refus($"Le montant payé ({Euros(paye)}) dépasse le montant engagé ({Euros(engage)}).");
        var (programme, operation, objet) = (Texte(s.ProgrammeFse), Texte(s.OperationFse), Texte(s.Objet));
        if (objet?.Length > 300) return Refus("L'objet du financement ne peut dépasser 300 caractères.");
        if (financeur == Financeur.Fse)
        {
            if (programme is null) return Refus("Pour un financement FSE+, indiquez le code du programme FSE+.");
            if (programme.Length > 60) return Refus("Le code du programme FSE+ ne peut dépasser 60 caractères.");
            if (operation is null) return Refus("Pour un financement FSE+, indiquez le code de l'opération (par exemple 202100123).");
            if (!CodeOperation().IsMatch(operation)) return Refus($"Le code d'opération FSE+ « {operation} » ne contient que des chiffres, des lettres et des tirets (30 au plus).");
        }
        if (financeur == Financeur.Etat && (s.Convention is not { } convention || !Enum.IsDefined(convention)))
            return Refus("Pour un financement de l'État, choisissez la convention (stratégie pauvreté ou pacte des solidarités).");
        return (new FinancementLu(financeur, debut.Value, fin.Value, vote, engage, paye, financeur == Financeur.Etat ? s.Convention : null,
            financeur == Financeur.Fse ? programme : null, financeur == Financeur.Fse ? operation : null, objet), null);
    }

    /// <summary>A French amount as typed: « 111 663,80 », « 111663.80 », « 1 000 € ».</summary>
    public static bool LireMontant(string? texte, out decimal? montant)
    {
        montant = null;
        if (string.IsNullOrWhiteSpace(texte)) return true;
        var nettoye = new string([.. texte.Where(c => !char.IsWhiteSpace(c) && c != '€')]).Replace(',', '.');
        if (!decimal.TryParse(nettoye, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var valeur)) return false;
        montant = valeur;
        return true;
    }

    private static string Euros(decimal montant) => LibellesProgramme.Euros(montant);

    private static string? Texte(string? valeur) => string.IsNullOrWhiteSpace(valeur) ? null : valeur.Trim();

    private static (FinancementLu?, string?) Refus(string message) => (null, message);

    [GeneratedRegex("^[A-Za-z0-9-]{1,30}$")]
    private static partial Regex CodeOperation();
}
