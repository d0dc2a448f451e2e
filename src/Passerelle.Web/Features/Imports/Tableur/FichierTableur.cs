using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>
/// An opened spreadsheet: its header read and checked against the configuration, then its data
/// rows on demand. <see cref="Erreur"/> is set when the file cannot be used at all.
/// </summary>
internal sealed class FichierTableur : IDisposable
{
    private readonly SourceTableur? source;

    public ErreurFichierCnaf? Erreur { get; }
    public IReadOnlyList<string> Entetes { get; } = [];

    /// <summary>The column index of each mapped field present in the header.</summary>
    public IReadOnlyDictionary<ChampTableur, int> Index { get; } = new Dictionary<ChampTableur, int>();

    public bool SeriesExcel => source?.SeriesExcel ?? false;

    private FichierTableur(ErreurFichierCnaf erreur, IReadOnlyList<string>? entetes = null)
    {
        Erreur = erreur;
        Entetes = entetes ?? [];
    }

    private FichierTableur(SourceTableur source, IReadOnlyList<string> entetes, IReadOnlyDictionary<ChampTableur, int> index) =>
        (this.source, Entetes, Index) = (source, entetes, index);

    public static FichierTableur Ouvrir(Stream flux, string nomFichier, ConfigurationTableur configuration)
    {
        var source = SourceTableur.Ouvrir(flux, nomFichier, configuration.Separateur, configuration.Encodage, configuration.LigneEntete,
            $" par la configuration « {configuration.Nom} »");
        if (source.Erreur is { } erreur) return new FichierTableur(new ErreurFichierCnaf(erreur.Ligne, erreur.Motif));
        var entetes = source.Entetes();
        var (index, manquantes) = Correspondre(entetes, configuration);
        if (manquantes.Count > 0)
        {
            source.Dispose();
            return new FichierTableur(new ErreurFichierCnaf(source.Entete!.Numero, MotifColonnesAbsentes(manquantes, configuration, entetes)), entetes);
        }
        return new FichierTableur(source, entetes, index);
    }

    /// <summary>The data rows after the header, empty ones skipped; a fatal row ends the sequence.</summary>
    public IEnumerable<LigneBrute> Lignes() => source?.Lignes() ?? [];

    /// <summary>Headers match ignoring case and surrounding spaces; extra columns are ignored.</summary>
    private static (Dictionary<ChampTableur, int> Index, List<(ChampTableur Champ, string Colonne)> Manquantes) Correspondre(
        List<string> entetes, ConfigurationTableur configuration)
    {
        var index = new Dictionary<ChampTableur, int>();
        var manquantes = new List<(ChampTableur, string)>();
        foreach (var definition in ChampsTableur.Tous)
        {
            var colonne = configuration.Colonnes.GetValueOrDefault(definition.Champ)?.Trim();
            if (string.IsNullOrEmpty(colonne))
            {
                if (definition.Obligatoire) manquantes.Add((definition.Champ, ""));
                continue;
            }
            var i = entetes.FindIndex(e => string.Equals(e, colonne, StringComparison.OrdinalIgnoreCase));
            if (i < 0) manquantes.Add((definition.Champ, colonne));
            else index[definition.Champ] = i;
        }
        return (index, manquantes);
    }

    private static string MotifColonnesAbsentes(List<(ChampTableur Champ, string Colonne)> manquantes, ConfigurationTableur configuration, List<string> entetes)
    {
        var trouvees = entetes.Count == 0 ? "aucune" : string.Join(", ", entetes.Where(e => e.Length > 0).Select(e => $"« {e} »"));
        var phrases = manquantes.Select(m => m.Colonne.Length == 0
            ? $"Le champ obligatoire {ChampsTableur.Definition(m.Champ).Libelle} n'a pas de colonne dans la configuration « {configuration.Nom} »."
            : $"La colonne « {m.Colonne} » (champ {ChampsTableur.Definition(m.Champ).Libelle}) prévue par la configuration « {configuration.Nom} » est absente du fichier.");
        return $"{string.Join(" ", phrases)} Colonnes trouvées : {trouvees}.";
    }

    public void Dispose() => source?.Dispose();
}
