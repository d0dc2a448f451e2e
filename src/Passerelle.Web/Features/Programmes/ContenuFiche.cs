using System.Text.Json;
using System.Text.Json.Serialization;

namespace Passerelle.Web.Features.Programmes;

public sealed record IndicateurContenu(string Libelle, UniteIndicateur Unite, string? Definition, SourceIndicateur Source,
    IReadOnlyDictionary<int, decimal> Cibles, IReadOnlyDictionary<int, decimal> Constatees);

public sealed record FinancementContenu(Financeur Financeur, string? Libelle, int? Annee, decimal Montant);

/// <summary>
/// Everything a fiche-action says, as one value: read from a programme file, entered by a pilot, kept in each
/// <see cref="VersionFiche"/>. Two contents are compared field by field to say what a new version changed.
/// </summary>
public sealed record ContenuFiche
{
    public required string Pilote { get; init; }
    public IReadOnlyList<string> Copilotes { get; init; } = [];
    public IReadOnlyList<string> Partenaires { get; init; } = [];
    public IReadOnlyList<string> Operateurs { get; init; } = [];
    public IReadOnlyList<string> Territoires { get; init; } = [];
    public string? Contexte { get; init; }
    public IReadOnlyList<string> Objectifs { get; init; } = [];
    public string? Public { get; init; }
    public string? Contenu { get; init; }
    public string? Calendrier { get; init; }
    public string? Moyens { get; init; }
    public IReadOnlyList<string> Livrables { get; init; } = [];
    public string? Note { get; init; }
    public IReadOnlyList<IndicateurContenu> Indicateurs { get; init; } = [];
    public IReadOnlyList<FinancementContenu> Financements { get; init; } = [];

    public const string ChampIndicateurs = "Indicateurs", ChampFinancements = "Financements";

    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The fields in the order of the fiche page, with the label a user reads in a version's list of changes.</summary>
    private static readonly (string Libelle, Func<ContenuFiche, object?> Valeur)[] Champs =
    [
        ("Pilote", c => c.Pilote), ("Copilotes", c => c.Copilotes), ("Partenaires", c => c.Partenaires), ("Opérateurs", c => c.Operateurs),
        ("Territoires", c => c.Territoires), ("Contexte", c => c.Contexte), ("Objectifs", c => c.Objectifs), ("Public visé", c => c.Public),
        ("Contenu et modalités", c => c.Contenu), ("Calendrier", c => c.Calendrier), ("Moyens", c => c.Moyens), ("Livrables", c => c.Livrables),
        ("Note", c => c.Note), (ChampIndicateurs, c => c.Indicateurs), (ChampFinancements, c => c.Financements),
    ];

    public string Json() => JsonSerializer.Serialize(this, Options);

    public static ContenuFiche? Lire(string json) => JsonSerializer.Deserialize<ContenuFiche>(json, Options);

    /// <summary>The labels of the fields that differ; all of them against no previous version.</summary>
    public static IReadOnlyList<string> Differences(ContenuFiche? avant, ContenuFiche apres) =>
        [.. Champs.Where(c => avant is null || JsonSerializer.Serialize(c.Valeur(avant), Options) != JsonSerializer.Serialize(c.Valeur(apres), Options)).Select(c => c.Libelle)];

    public static ContenuFiche De(FicheAction fiche, IEnumerable<LigneFinancement> financements) => new()
    {
        Pilote = fiche.Pilote,
        Copilotes = fiche.Copilotes,
        Partenaires = fiche.Partenaires,
        Operateurs = fiche.Operateurs,
        Territoires = fiche.Territoires,
        Contexte = fiche.Contexte,
        Objectifs = fiche.Objectifs,
        Public = fiche.Public,
        Contenu = fiche.Contenu,
        Calendrier = fiche.Calendrier,
        Moyens = fiche.Moyens,
        Livrables = fiche.Livrables,
        Note = fiche.Note,
        Indicateurs = [.. fiche.Indicateurs.OrderBy(i => i.Ordre).Select(i => new IndicateurContenu(i.Libelle, i.Unite, i.Definition, i.Source,
            Valeurs(i, NatureValeur.Cible), Valeurs(i, NatureValeur.Constatee)))],
        Financements = [.. financements.OrderBy(f => f.Ordre).Select(f => new FinancementContenu(f.Financeur, f.Libelle, f.Annee, f.Montant))],
    };

    private static SortedDictionary<int, decimal> Valeurs(IndicateurFiche indicateur, NatureValeur nature) =>
        new(indicateur.Valeurs.Where(v => v.Nature == nature).ToDictionary(v => v.Annee, v => v.Valeur));

    /// <summary>Writes the fiche's own fields; indicators and funding lines are rows matched by <see cref="RedactionFiche"/>.</summary>
    public void AppliquerChamps(FicheAction fiche)
    {
        fiche.Pilote = Pilote;
        fiche.Copilotes = [.. Copilotes];
        fiche.Partenaires = [.. Partenaires];
        fiche.Operateurs = [.. Operateurs];
        fiche.Territoires = [.. Territoires];
        fiche.Contexte = Contexte;
        fiche.Objectifs = [.. Objectifs];
        fiche.Public = Public;
        fiche.Contenu = Contenu;
        fiche.Calendrier = Calendrier;
        fiche.Moyens = Moyens;
        fiche.Livrables = [.. Livrables];
        fiche.Note = Note;
    }
}
