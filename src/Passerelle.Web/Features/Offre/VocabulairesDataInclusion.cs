using System.Text.Json;

namespace Passerelle.Web.Features.Offre;

/// <summary>One value of a data·inclusion v1 vocabulary: its code and the label users read.</summary>
public sealed record ValeurVocabulaire(string Code, string Libelle);

/// <summary>
/// The data·inclusion v1 vocabularies the catalogue speaks (thématiques, publics, types of service, modes d'accueil,
/// frais, modes de mobilisation), read from the files of the standard (../shared/formats/data-inclusion-v1/extra,
/// copied into DataInclusion/ and built into the assembly) so that an export is valid against it by construction.
/// </summary>
public sealed class VocabulairesDataInclusion
{
    /// <summary>The data·inclusion files name sub-thématiques only; their categories (the « freins ») are named here.</summary>
    private static readonly Dictionary<string, string> Categories = new()
    {
        ["choisir-un-metier"] = "Choisir un métier",
        ["creer-une-entreprise"] = "Créer une entreprise",
        ["difficultes-administratives-ou-juridiques"] = "Difficultés administratives ou juridiques",
        ["difficultes-financieres"] = "Difficultés financières",
        ["equipement-et-alimentation"] = "Équipement et alimentation",
        ["famille"] = "Famille",
        ["lecture-ecriture-calcul"] = "Lecture, écriture, calcul",
        ["logement-hebergement"] = "Logement et hébergement",
        ["mobilite"] = "Mobilité",
        ["numerique"] = "Numérique",
        ["preparer-sa-candidature"] = "Préparer sa candidature",
        ["remobilisation"] = "Remobilisation",
        ["sante"] = "Santé",
        ["se-former"] = "Se former",
        ["souvrir-a-linternational"] = "S'ouvrir à l'international",
        ["trouver-un-emploi"] = "Trouver un emploi",
    };

    public IReadOnlyList<ValeurVocabulaire> Thematiques { get; } = Lire("thematiques");
    public IReadOnlyList<ValeurVocabulaire> Publics { get; } = Lire("publics");
    public IReadOnlyList<ValeurVocabulaire> Types { get; } = Lire("types-de-services");
    public IReadOnlyList<ValeurVocabulaire> ModesAccueil { get; } = Lire("modes-accueil");
    public IReadOnlyList<ValeurVocabulaire> Frais { get; } = Lire("frais");
    public IReadOnlyList<ValeurVocabulaire> ModesMobilisation { get; } = Lire("modes-mobilisation");

    /// <summary>The categories of thématiques, as freins: « Mobilité » gathers the six mobilite--… thématiques.</summary>
    public IReadOnlyList<ValeurVocabulaire> Freins { get; } = [.. Categories.Select(c => new ValeurVocabulaire(c.Key, c.Value))];

    public static string Frein(string thematique) => thematique.Split("--")[0];

    public static string LibelleFrein(string code) => Categories.GetValueOrDefault(code, code);

    public static string Libelle(IReadOnlyList<ValeurVocabulaire> vocabulaire, string code) => vocabulaire.FirstOrDefault(v => v.Code == code)?.Libelle ?? code;

    public static bool Contient(IReadOnlyList<ValeurVocabulaire> vocabulaire, string? code) => code is not null && vocabulaire.Any(v => v.Code == code);

    private sealed record Entree(string Value, string Label);

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private static List<ValeurVocabulaire> Lire(string nom)
    {
        using var flux = typeof(VocabulairesDataInclusion).Assembly.GetManifestResourceStream($"data-inclusion/{nom}.json")
            ?? throw new InvalidOperationException($"Vocabulaire data·inclusion {nom} absent de l'assemblage.");
        var entrees = JsonSerializer.Deserialize<List<Entree>>(flux, Options) ?? [];
        return [.. entrees.Select(e => new ValeurVocabulaire(e.Value, e.Label))];
    }
}
