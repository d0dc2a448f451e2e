using System.Globalization;
using Passerelle.Web.Features.Imports.Tableur;

namespace Passerelle.Web.Features.Employeurs.Import;

/// <summary>
/// The columns of an employers' spreadsheet and how each cell becomes a field of <see cref="SaisieEmployeur"/>. Headers
/// of the usual sources are recognised (the SIRENE « etablissements » extract, a CRM export, the facilitators' own
/// tables); the size may be a headcount, an INSEE size band code (« 03 », « 12 »…) or our labels.
/// </summary>
public static class ColonnesEmployeur
{
    public const string Siret = "siret", RaisonSociale = "raison", Naf = "naf", Effectif = "effectif", Secteur = "secteur",
        Commune = "commune", Adresse = "adresse", Charte = "charte", ClubRse = "rse", Parrainage = "parrainage";

    public static readonly IReadOnlyList<ColonneAttendue> Toutes =
    [
        new(Siret, "SIRET", true, "n° SIRET", "numéro SIRET", "siret établissement"),
        new(RaisonSociale, "Raison sociale", true, "dénomination", "denominationUniteLegale", "nom de l'entreprise", "entreprise", "employeur"),
        new(Naf, "Code NAF", false, "APE", "code APE", "activitePrincipaleEtablissement", "NAF"),
        new(Effectif, "Effectif", false, "tranche d'effectif", "trancheEffectifsEtablissement", "nombre de salariés", "salariés"),
        new(Secteur, "Secteur", false, "type d'employeur", "statut"),
        new(Commune, "Commune", true, "code commune", "code INSEE", "codeCommuneEtablissement", "libelleCommuneEtablissement", "ville"),
        new(Adresse, "Adresse", false, "adresse de l'établissement"),
        new(Charte, "Charte signée le", false, "date de signature de la charte", "charte"),
        new(ClubRse, "Club RSE depuis", false, "club RSE"),
        new(Parrainage, "Parrainage depuis", false, "parrainage"),
    ];

    public static string Libelle(string cle) => Toutes.First(c => c.Cle == cle).Libelle;

    /// <summary>The row as a form would send it, or the errors of the cells that cannot be read, by column key.</summary>
    public static (SaisieEmployeur Saisie, Dictionary<string, string> Erreurs) Lire(LigneFeuille ligne, FeuilleTableur feuille)
    {
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        TrancheEffectif? tranche = null;
        if (ligne[Effectif] is { Length: > 0 } effectif && (tranche = Tranche(effectif)) is null)
            erreurs[Effectif] = $"« {effectif} » n'est ni un nombre de salariés, ni une tranche INSEE (00, 01, 02…), ni une tranche de la liste.";
        SecteurEmployeur? secteur = null;
        if (ligne[Secteur] is { Length: > 0 } texteSecteur && (secteur = LireSecteur(texteSecteur)) is null)
            erreurs[Secteur] = $"« {texteSecteur} » n'est pas un secteur connu : écrivez Entreprise, Employeur public ou Association.";
        DateOnly? Date(string cle)
        {
            if (ligne[cle] is not { Length: > 0 } texte) return null;
            if (feuille.Date(texte) is { } date) return date;
            erreurs[cle] = $"« {texte} » n'est pas une date (attendu : jj/mm/aaaa).";
            return null;
        }
        var saisie = new SaisieEmployeur(ligne[Siret], ligne[RaisonSociale], Vide(ligne[Naf]), tranche, secteur, ligne[Commune], Vide(ligne[Adresse]),
            null, Date(Charte), Date(ClubRse), Date(Parrainage));
        return (saisie, erreurs);
    }

    /// <summary>The field of the form each column feeds, to attach the rules' errors to their column.</summary>
    public static string? ColonneDuChamp(string champ) => champ switch
    {
        nameof(SaisieEmployeur.Siret) => Siret,
        nameof(SaisieEmployeur.RaisonSociale) => RaisonSociale,
        nameof(SaisieEmployeur.CodeNaf) => Naf,
        nameof(SaisieEmployeur.Commune) => Commune,
        nameof(SaisieEmployeur.Adresse) => Adresse,
        _ => null,
    };

    private static TrancheEffectif? Tranche(string texte)
    {
        var t = texte.Trim();
        if (Enum.GetValues<TrancheEffectif>().Cast<TrancheEffectif?>().FirstOrDefault(v => string.Equals(v!.Value.Libelle(), t, StringComparison.OrdinalIgnoreCase)) is { } parLibelle)
            return parLibelle;
        // INSEE size bands are two characters; a bare number of one or three digits and more is a headcount.
        if (t.Length == 2 && TrancheInsee(t) is { } insee) return insee;
        return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var salaries) ? ParSalaries(salaries) : null;
    }

    private static TrancheEffectif? TrancheInsee(string code) => code.ToUpperInvariant() switch
    {
        "NN" => TrancheEffectif.NonRenseigne,
        "00" => TrancheEffectif.Aucun,
        "01" or "02" or "03" => TrancheEffectif.UnANeuf,
        "11" or "12" => TrancheEffectif.DixAQuaranteNeuf,
        "21" or "22" or "31" => TrancheEffectif.CinquanteADeuxCentQuaranteNeuf,
        "32" or "41" or "42" or "51" or "52" or "53" => TrancheEffectif.DeuxCentCinquanteEtPlus,
        _ => null,
    };

    private static TrancheEffectif ParSalaries(int n) => n switch
    {
        0 => TrancheEffectif.Aucun,
        < 10 => TrancheEffectif.UnANeuf,
        < 50 => TrancheEffectif.DixAQuaranteNeuf,
        < 250 => TrancheEffectif.CinquanteADeuxCentQuaranteNeuf,
        _ => TrancheEffectif.DeuxCentCinquanteEtPlus,
    };

    private static SecteurEmployeur? LireSecteur(string texte) =>
        Enum.GetValues<SecteurEmployeur>().Cast<SecteurEmployeur?>().FirstOrDefault(s =>
            string.Equals(s!.Value.Libelle(), texte.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(s.Value.ToString(), texte.Trim(), StringComparison.OrdinalIgnoreCase)
            || (s.Value == SecteurEmployeur.EmployeurPublic && string.Equals(texte.Trim(), "public", StringComparison.OrdinalIgnoreCase)));

    private static string? Vide(string texte) => texte.Length == 0 ? null : texte;
}
