namespace Passerelle.Web.Features.Envois;

/// <summary>The edit form of a template, and the rules it must pass before it is saved.</summary>
public sealed class ModeleSaisi
{
    public const int CorpsMax = 8000;
    /// <summary>Two concatenated SMS: beyond that providers split messages unpredictably.</summary>
    public const int SmsMax = 306;

    public string? Libelle { get; set; }
    public string? Objet { get; set; }
    public string? Corps { get; set; }
    public string? SmsTexte { get; set; }
    public int Version { get; set; }

    /// <summary>Errors by field name; empty when the template may be saved.</summary>
    public IReadOnlyList<(string Champ, string Message)> Verifier()
    {
        var erreurs = new List<(string, string)>();
        Obligatoire(erreurs, nameof(Libelle), Libelle, "le libellé", 120);
        Obligatoire(erreurs, nameof(Objet), Objet, "l'objet", 200);
        Obligatoire(erreurs, nameof(Corps), Corps, "le texte du courrier", CorpsMax);
        if (SmsTexte?.Trim().Length > SmsMax)
            erreurs.Add((nameof(SmsTexte), $"Le texte du SMS ne doit pas dépasser {SmsMax} caractères (deux SMS)."));
        foreach (var (champ, texte) in new[] { (nameof(Objet), Objet), (nameof(Corps), Corps), (nameof(SmsTexte), SmsTexte) })
        {
            if (MessageChampsInconnus(texte) is { } message) erreurs.Add((champ, message));
            else if (AccoladesOrphelines(texte))
                erreurs.Add((champ, "Un champ de fusion est mal écrit : chaque champ s'écrit entre doubles accolades, par exemple {{Nom}}."));
        }
        return erreurs;
    }

    public static string? MessageChampsInconnus(string? texte)
    {
        var inconnus = ChampsFusion.Inconnus(texte);
        if (inconnus.Count == 0) return null;
        var liste = string.Join(", ", inconnus.Select(c => $"{{{{{c}}}}}"));
        return inconnus.Count == 1
            ? $"Le champ de fusion {liste} n'existe pas. Utilisez un des champs de la liste."
            : $"Les champs de fusion {liste} n'existent pas. Utilisez des champs de la liste.";
    }

    private static bool AccoladesOrphelines(string? texte) =>
        texte is not null && ChampsFusion.Marque().Replace(texte, "") is var reste
        && (reste.Contains("{{", StringComparison.Ordinal) || reste.Contains("}}", StringComparison.Ordinal));

    private static void Obligatoire(List<(string, string)> erreurs, string champ, string? valeur, string libelle, int max)
    {
        if (string.IsNullOrWhiteSpace(valeur)) erreurs.Add((champ, $"Renseignez {libelle}."));
        else if (valeur.Trim().Length > max) erreurs.Add((champ, $"{char.ToUpperInvariant(libelle[0])}{libelle[1..]} ne doit pas dépasser {max} caractères."));
    }
}
