using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Platform.Export;

namespace Passerelle.Web.Features.Pilotage.Maillage;

/// <summary>
/// The maillage as a table that can leave the screen (<see cref="TableauStatistique"/>): for each theme, one row per territoire
/// then the row of all of them; its sums (persons = important + léger on each row; all territoires = the sum of the territoires
/// for each count) are what secrecy protects. Under secrecy (pilots, readers, partners) the page shows what this table publishes.
/// </summary>
public sealed class TableauMaillageStatistique
{
    public const int ColonnePersonnes = 0;
    public const int ColonneImportants = 1;
    public const int ColonneLegers = 2;
    public const int ColonnePlaces = 3;
    public const int ColonneTaux = 4;
    public const int ColonneEcart = 5;
    public const string Ensemble = "Ensemble des territoires";

    private static readonly ColonneChiffre[] Colonnes =
    [
        new("Personnes ayant ce frein", NatureChiffre.Effectif),
        new("Dont frein important", NatureChiffre.Effectif),
        new("Dont frein léger", NatureChiffre.Effectif),
        new("Places financées", NatureChiffre.Valeur),
        new("Taux de couverture (places pour 100 personnes)", NatureChiffre.Derivee, [ColonnePersonnes]),
        new("Écart (personnes moins places)", NatureChiffre.Derivee, [ColonnePersonnes]),
    ];

    private readonly TableauMaillage maillage;
    private readonly IReadOnlySet<Cellule> masquees;

    public TableauMaillageStatistique(TableauMaillage maillage, bool secret)
    {
        this.maillage = maillage;
        var lignes = new List<LigneStatistique>();
        var sommes = new List<Somme>();
        var themes = Enum.GetValues<ThemeFrein>();
        foreach (var theme in themes)
        {
            var premiere = lignes.Count;
            foreach (var t in maillage.Territoires) lignes.Add(Ligne(t.Nom, maillage.Cellule(t.Id, theme)));
            lignes.Add(Ligne(Ensemble, maillage.Total(theme)));
            for (var l = premiere; l < lignes.Count; l++) sommes.Add(new(new(l, ColonnePersonnes), [new(l, ColonneImportants), new(l, ColonneLegers)]));
            foreach (var c in new[] { ColonnePersonnes, ColonneImportants, ColonneLegers })
                sommes.Add(new(new(lignes.Count - 1, c), [.. Enumerable.Range(premiere, maillage.Territoires.Count).Select(l => new Cellule(l, c))]));
        }
        Tableau = new($"Besoins et offre par territoire et par thème, année {maillage.Annee} (personnes suivies au {maillage.Date:dd/MM/yyyy})",
            ["Territoire", "Thème"], Colonnes, lignes, sommes);
        masquees = secret ? SecretTableau.Masquer(Tableau) : new HashSet<Cellule>();

        LigneStatistique Ligne(string territoire, CelluleMaillage c) => new([territoire, c.Theme.Libelle()],
            [c.Personnes, c.Importants, c.Legers, c.Places, c.Taux, c.Ecart]);
    }

    public TableauStatistique Tableau { get; }

    /// <summary>Whether a figure of a cell (territoire null: all of them) is hidden by secrecy.</summary>
    public bool Masque(int? territoireId, ThemeFrein theme, int colonne)
    {
        var rang = territoireId is int id ? maillage.Territoires.ToList().FindIndex(t => t.Id == id) : maillage.Territoires.Count;
        return masquees.Contains(new(Array.IndexOf(Enum.GetValues<ThemeFrein>(), theme) * (maillage.Territoires.Count + 1) + rang, colonne));
    }
}
