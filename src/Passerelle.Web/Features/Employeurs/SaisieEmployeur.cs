using System.Text.RegularExpressions;
using Passerelle.Web.Features.Structures;

namespace Passerelle.Web.Features.Employeurs;

/// <summary>An employer as typed in the form, sent by the API or read from a spreadsheet row; the commune by name or INSEE code.</summary>
public sealed record SaisieEmployeur(string? Siret, string? RaisonSociale, string? CodeNaf, TrancheEffectif? Effectif, SecteurEmployeur? Secteur,
    string? Commune, string? Adresse, string? ChargeRelationId, DateOnly? CharteSigneeLe, DateOnly? ClubRseDepuis, DateOnly? ParrainageDepuis);

/// <summary>The employer's fields once checked: SIRET normalised, NAF code written « 62.01Z », commune resolved.</summary>
public sealed record EmployeurLu(string Siret, string RaisonSociale, string? CodeNaf, TrancheEffectif Effectif, SecteurEmployeur Secteur,
    string CodeInsee, string? Adresse, string? ChargeRelationId, DateOnly? CharteSigneeLe, DateOnly? ClubRseDepuis, DateOnly? ParrainageDepuis);

/// <summary>The checks of an employer's fields, each refusal in French and attached to its field, all of them at once.</summary>
public static partial class ReglesEmployeur
{
    /// <param name="communeResolue">The INSEE code of the typed commune within the département, or why it cannot be used.</param>
    public static (EmployeurLu? Lu, IReadOnlyDictionary<string, string> Erreurs) Lire(SaisieEmployeur s, Func<string, (string? CodeInsee, string? Erreur)> communeResolue)
    {
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Siret.Verifier(s.Siret) is { } siret) erreurs[nameof(s.Siret)] = siret;
        var raison = s.RaisonSociale?.Trim();
        if (string.IsNullOrEmpty(raison)) erreurs[nameof(s.RaisonSociale)] = "Indiquez la raison sociale de l'employeur.";
        else if (raison.Length > 200) erreurs[nameof(s.RaisonSociale)] = "La raison sociale ne peut dépasser 200 caractères.";
        var naf = Naf(s.CodeNaf);
        if (!string.IsNullOrWhiteSpace(s.CodeNaf) && naf is null)
            erreurs[nameof(s.CodeNaf)] = $"Le code NAF « {s.CodeNaf.Trim()} » n'a pas la forme de la nomenclature (quatre chiffres et une lettre, p. ex. 56.10A).";
        string? codeInsee = null;
        if (string.IsNullOrWhiteSpace(s.Commune)) erreurs[nameof(s.Commune)] = "Indiquez la commune de l'établissement.";
        else
        {
            var (code, erreur) = communeResolue(s.Commune);
            if (erreur is not null) erreurs[nameof(s.Commune)] = erreur;
            codeInsee = code;
        }
        var adresse = string.IsNullOrWhiteSpace(s.Adresse) ? null : s.Adresse.Trim();
        if (adresse?.Length > 300) erreurs[nameof(s.Adresse)] = "L'adresse ne peut dépasser 300 caractères.";
        if (erreurs.Count > 0) return (null, erreurs);
        return (new EmployeurLu(Siret.Normaliser(s.Siret), raison!, naf, s.Effectif ?? TrancheEffectif.NonRenseigne, s.Secteur ?? SecteurEmployeur.Entreprise,
            codeInsee!, adresse, string.IsNullOrWhiteSpace(s.ChargeRelationId) ? null : s.ChargeRelationId, s.CharteSigneeLe, s.ClubRseDepuis, s.ParrainageDepuis), erreurs);
    }

    /// <summary>The NAF code as INSEE writes it (« 6201Z », « 62.01 z » → « 62.01Z »); null when it has not that form.</summary>
    public static string? Naf(string? saisie)
    {
        var m = FormeNaf().Match((saisie ?? "").Trim());
        return m.Success ? $"{m.Groups[1].Value}.{m.Groups[2].Value}{char.ToUpperInvariant(m.Groups[3].Value[0])}" : null;
    }

    [GeneratedRegex(@"^(\d{2})\.?(\d{2})\s?([A-Za-z])$")]
    private static partial Regex FormeNaf();
}
