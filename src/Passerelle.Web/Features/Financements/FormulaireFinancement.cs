using System.Globalization;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Financements;

/// <summary>The funding line form as typed: amounts are text, so that « 111 663,80 » reads as a French user writes it.</summary>
public sealed class FormulaireFinancement
{
    public int Version { get; set; }
    public Financeur? Financeur { get; set; }
    public ConventionEtat? Convention { get; set; }
    public string? ProgrammeFse { get; set; }
    public string? OperationFse { get; set; }
    public string? Objet { get; set; }
    public int? Annee { get; set; }
    public DateOnly? Debut { get; set; }
    public DateOnly? Fin { get; set; }
    public string? Vote { get; set; }
    public string? Engage { get; set; }
    public string? Paye { get; set; }

    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    /// <returns>The line to check, or the amount that is not one.</returns>
    public (SaisieFinancement? Saisie, string? Erreur) Lire()
    {
        if (!ReglesFinancement.LireMontant(Vote, out var vote)) return Erreur(Vote, "voté");
        if (!ReglesFinancement.LireMontant(Engage, out var engage)) return Erreur(Engage, "engagé");
        if (!ReglesFinancement.LireMontant(Paye, out var paye)) return Erreur(Paye, "payé");
        return (new SaisieFinancement(Financeur, vote, engage, paye, Annee, Debut, Fin, Convention, ProgrammeFse, OperationFse, Objet), null);
    }

    private static (SaisieFinancement?, string?) Erreur(string? texte, string champ) =>
        (null, $"Le montant {champ} « {texte} » n'est pas un montant en euros (par exemple 111 663,80).");

    public static FormulaireFinancement Depuis(LigneFinancementAction l)
    {
        var annee = l.Debut == new DateOnly(l.Debut.Year, 1, 1) && l.Fin == new DateOnly(l.Debut.Year, 12, 31);
        return new()
        {
            Version = l.Version,
            Financeur = l.Financeur,
            Convention = l.Convention,
            ProgrammeFse = l.ProgrammeFse,
            OperationFse = l.OperationFse,
            Objet = l.Objet,
            Annee = annee ? l.Debut.Year : null,
            Debut = annee ? null : l.Debut,
            Fin = annee ? null : l.Fin,
            Vote = l.Vote.ToString("0.00", Francais),
            Engage = l.Engage.ToString("0.00", Francais),
            Paye = l.Paye.ToString("0.00", Francais),
        };
    }
}
