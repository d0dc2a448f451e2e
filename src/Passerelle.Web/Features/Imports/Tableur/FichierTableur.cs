using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>
/// An opened spreadsheet: its header read and checked against the configuration, then its data
/// rows on demand. <see cref="Erreur"/> is set when the file cannot be used at all.
/// </summary>
internal sealed class FichierTableur : IDisposable
{
    private readonly IEnumerator<LigneBrute>? lignes;
    private readonly IDisposable? source;

    public ErreurFichierCnaf? Erreur { get; }
    public IReadOnlyList<string> Entetes { get; } = [];

    /// <summary>The column index of each mapped field present in the header.</summary>
    public IReadOnlyDictionary<ChampTableur, int> Index { get; } = new Dictionary<ChampTableur, int>();

    public bool SeriesExcel { get; }

    private FichierTableur(ErreurFichierCnaf erreur, IReadOnlyList<string>? entetes = null)
    {
        Erreur = erreur;
        Entetes = entetes ?? [];
    }

    private FichierTableur(IEnumerator<LigneBrute> lignes, IDisposable? source, IReadOnlyList<string> entetes, IReadOnlyDictionary<ChampTableur, int> index, bool seriesExcel)
    {
        this.lignes = lignes;
        this.source = source;
        Entetes = entetes;
        Index = index;
        SeriesExcel = seriesExcel;
    }

    public static FichierTableur Ouvrir(Stream flux, string nomFichier, ConfigurationTableur configuration)
    {
        var extension = Path.GetExtension(nomFichier).ToLowerInvariant();
        IEnumerable<LigneBrute> lignes;
        IDisposable? source = null;
        switch (extension)
        {
            case ".csv" or ".txt":
                lignes = SourceCsv.Lire(flux, configuration);
                break;
            case ".xlsx":
                var (xlsx, erreur) = SourceXlsx.Ouvrir(flux);
                if (xlsx is null) return new FichierTableur(new ErreurFichierCnaf(1, erreur!));
                (lignes, source) = (xlsx.Lignes(), xlsx);
                break;
            default:
                return new FichierTableur(new ErreurFichierCnaf(1,
                    $"Le fichier « {nomFichier} » n'est ni un CSV (.csv, .txt) ni un classeur Excel (.xlsx) : son extension « {extension} » n'est pas prise en charge. Enregistrez-le en CSV ou en XLSX."));
        }
        var enumerateur = LimitesTableur.Bornees(lignes).GetEnumerator();
        LigneBrute? entete = null;
        while (enumerateur.MoveNext())
        {
            var ligne = enumerateur.Current;
            if (ligne.Fatale) return Echec(new ErreurFichierCnaf(ligne.Numero, ligne.Erreur!), null, enumerateur, source);
            if (ligne.Numero < configuration.LigneEntete || ligne.EstVide) continue;
            entete = ligne;
            break;
        }
        if (entete is null)
            return Echec(new ErreurFichierCnaf(configuration.LigneEntete,
                $"Le fichier est vide : la ligne d'en-tête attendue en ligne {configuration.LigneEntete} par la configuration « {configuration.Nom} » est absente."), null, enumerateur, source);
        var entetes = entete.Cellules.Select(c => c.Trim().TrimStart('\uFEFF')).ToList();
        var (index, manquantes) = Correspondre(entetes, configuration);
        if (manquantes.Count > 0)
            return Echec(new ErreurFichierCnaf(entete.Numero, MotifColonnesAbsentes(manquantes, configuration, entetes)), entetes, enumerateur, source);
        return new FichierTableur(enumerateur, source, entetes, index, extension == ".xlsx");
    }

    /// <summary>The data rows after the header, empty ones skipped; a fatal row ends the sequence.</summary>
    public IEnumerable<LigneBrute> Lignes()
    {
        if (lignes is null) yield break;
        while (lignes.MoveNext())
        {
            if (lignes.Current.EstVide) continue;
            yield return lignes.Current;
            if (lignes.Current.Fatale) yield break;
        }
    }

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

    private static FichierTableur Echec(ErreurFichierCnaf erreur, IReadOnlyList<string>? entetes, IEnumerator<LigneBrute> enumerateur, IDisposable? source)
    {
        enumerateur.Dispose();
        source?.Dispose();
        return new FichierTableur(erreur, entetes);
    }

    public void Dispose()
    {
        lignes?.Dispose();
        source?.Dispose();
    }
}
