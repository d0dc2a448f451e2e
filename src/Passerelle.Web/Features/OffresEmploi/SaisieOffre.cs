using System.Text.RegularExpressions;

namespace Passerelle.Web.Features.OffresEmploi;

/// <summary>An offer as typed in the form or sent by the API; the commune by name or INSEE code, the ROME by its code.</summary>
public sealed record SaisieOffre(int? EmployeurId, string? Intitule, string? CodeRome, TypeContratOffre? TypeContrat, int? DureeMois, int? HeuresHebdomadaires,
    string? Commune, int? NombrePostes, DateOnly? DatePublication, DateOnly? DateLimite);

/// <summary>The offer's fields once checked: ROME code upper-case, commune resolved, publication dated.</summary>
public sealed record OffreLue(int EmployeurId, string Intitule, string CodeRome, TypeContratOffre TypeContrat, int? DureeMois, int HeuresHebdomadaires,
    string CodeInsee, int NombrePostes, DateOnly DatePublication, DateOnly? DateLimite);

/// <summary>The checks of an offer's fields, each refusal in French and attached to its field, all of them at once.</summary>
public static partial class ReglesOffre
{
    public const int HeuresMinimum = 1, HeuresMaximum = 48, DureeMaximumMois = 60, PostesMaximum = 99;

    public static (OffreLue? Lue, IReadOnlyDictionary<string, string> Erreurs) Lire(SaisieOffre s, DateOnly aujourdhui, Func<string, (string? CodeInsee, string? Erreur)> communeResolue)
    {
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (s.EmployeurId is null) erreurs[nameof(s.EmployeurId)] = "Choisissez l'employeur qui propose l'offre.";
        var intitule = s.Intitule?.Trim();
        if (string.IsNullOrEmpty(intitule)) erreurs[nameof(s.Intitule)] = "Indiquez l'intitulé du poste.";
        else if (intitule.Length > 200) erreurs[nameof(s.Intitule)] = "L'intitulé ne peut dépasser 200 caractères.";
        var rome = Rome(s.CodeRome);
        if (string.IsNullOrWhiteSpace(s.CodeRome)) erreurs[nameof(s.CodeRome)] = "Indiquez le code ROME du métier (une lettre et quatre chiffres, p. ex. K1302).";
        else if (rome is null) erreurs[nameof(s.CodeRome)] = $"Le code ROME « {s.CodeRome.Trim()} » n'a pas la forme attendue : une lettre et quatre chiffres, p. ex. K1302.";
        if (s.TypeContrat is not { } type || !Enum.IsDefined(type)) erreurs[nameof(s.TypeContrat)] = "Choisissez le type de contrat.";
        else if (Duree(type, s.DureeMois, false) is { } duree) erreurs[nameof(s.DureeMois)] = duree;
        if (s.HeuresHebdomadaires is not (>= HeuresMinimum and <= HeuresMaximum))
            erreurs[nameof(s.HeuresHebdomadaires)] = $"Les heures hebdomadaires vont de {HeuresMinimum} à {HeuresMaximum} (durée maximale du travail).";
        string? codeInsee = null;
        if (string.IsNullOrWhiteSpace(s.Commune)) erreurs[nameof(s.Commune)] = "Indiquez la commune du poste.";
        else
        {
            var (code, erreur) = communeResolue(s.Commune);
            if (erreur is not null) erreurs[nameof(s.Commune)] = erreur;
            codeInsee = code;
        }
        var postes = s.NombrePostes ?? 1;
        if (postes is < 1 or > PostesMaximum) erreurs[nameof(s.NombrePostes)] = $"Le nombre de postes va de 1 à {PostesMaximum}.";
        var publication = s.DatePublication ?? aujourdhui;
        if (s.DateLimite is { } limite && limite < publication)
            erreurs[nameof(s.DateLimite)] = $"La date limite ({limite:dd/MM/yyyy}) ne peut précéder la date de publication ({publication:dd/MM/yyyy}).";
        if (erreurs.Count > 0) return (null, erreurs);
        return (new OffreLue(s.EmployeurId!.Value, intitule!, rome!, s.TypeContrat!.Value, s.DureeMois, s.HeuresHebdomadaires!.Value, codeInsee!, postes, publication, s.DateLimite), erreurs);
    }

    /// <summary>The ROME code upper-case (« k1302 » → « K1302 »); null when it is not one letter and four digits.</summary>
    public static string? Rome(string? saisie)
    {
        var texte = (saisie ?? "").Trim();
        return FormeRome().IsMatch(texte) ? texte.ToUpperInvariant() : null;
    }

    /// <summary>
    /// The duration a contract needs: none for a CDI; required for a CDD, interim, a contrat aidé or a CDDI; optional otherwise,
    /// except for a hire (<paramref name="embauche"/>), whose exit « Emploi » needs it to tell a durable job from a short one.
    /// </summary>
    /// <returns>null when the duration fits, else the French reason.</returns>
    public static string? Duree(TypeContratOffre type, int? dureeMois, bool embauche)
    {
        if (type == TypeContratOffre.Cdi) return dureeMois is null ? null : "Un CDI n'a pas de durée : laissez la durée vide.";
        if (dureeMois is null)
            return embauche || type is TypeContratOffre.Cdd or TypeContratOffre.Interim or TypeContratOffre.ContratAide or TypeContratOffre.CddiIae
                ? $"Indiquez la durée du contrat en mois (un contrat {type.Libelle()} en a une)."
                : null;
        return dureeMois is < 1 or > DureeMaximumMois ? $"La durée du contrat va de 1 à {DureeMaximumMois} mois." : null;
    }

    [GeneratedRegex("^[A-Za-z][0-9]{4}$")]
    private static partial Regex FormeRome();
}
