namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>
/// A CSV or XLSX opened down to its header row, whatever the import: the CAF extract (<see cref="FichierTableur"/>) and the
/// column-mapped imports (<see cref="FeuilleTableur"/>) both start here, so one file is read alike everywhere.
/// </summary>
internal sealed class SourceTableur : IDisposable
{
    private readonly IEnumerator<LigneBrute>? lignes;
    private readonly IDisposable? source;

    /// <summary>Set when the file cannot be used at all, with the line the reason is about.</summary>
    public (int Ligne, string Motif)? Erreur { get; }

    public LigneBrute? Entete { get; }

    /// <summary>Cells of an XLSX hold dates as serial day numbers.</summary>
    public bool SeriesExcel { get; }

    private SourceTableur(int ligne, string motif) => Erreur = (ligne, motif);

    private SourceTableur(IEnumerator<LigneBrute> lignes, IDisposable? source, LigneBrute entete, bool seriesExcel) =>
        (this.lignes, this.source, Entete, SeriesExcel) = (lignes, source, entete, seriesExcel);

    /// <param name="nomEntete">How the header row is named in the « file is empty » message (e.g. « par la configuration X »).</param>
    public static SourceTableur Ouvrir(Stream flux, string nomFichier, SeparateurTableur separateur, EncodageTableur encodage, int ligneEntete, string nomEntete = "")
    {
        var extension = Path.GetExtension(nomFichier).ToLowerInvariant();
        IEnumerable<LigneBrute> lignes;
        IDisposable? source = null;
        switch (extension)
        {
            case ".csv" or ".txt":
                lignes = SourceCsv.Lire(flux, separateur, encodage, ligneEntete);
                break;
            case ".xlsx":
                var (xlsx, erreur) = SourceXlsx.Ouvrir(flux);
                if (xlsx is null) return new SourceTableur(1, erreur!);
                (lignes, source) = (xlsx.Lignes(), xlsx);
                break;
            default:
                return new SourceTableur(1,
                    $"Le fichier « {nomFichier} » n'est ni un CSV (.csv, .txt) ni un classeur Excel (.xlsx) : son extension « {extension} » n'est pas prise en charge. Enregistrez-le en CSV ou en XLSX.");
        }
        var enumerateur = LimitesTableur.Bornees(lignes).GetEnumerator();
        while (enumerateur.MoveNext())
        {
            var ligne = enumerateur.Current;
            if (ligne.Fatale) return Echec(ligne.Numero, ligne.Erreur!, enumerateur, source);
            if (ligne.Numero < ligneEntete || ligne.EstVide) continue;
            return new SourceTableur(enumerateur, source, ligne, extension == ".xlsx");
        }
        return Echec(ligneEntete, $"Le fichier est vide : la ligne d'en-tête attendue en ligne {ligneEntete}{nomEntete} est absente.", enumerateur, source);
    }

    /// <summary>The header's cells, trimmed and without the BOM some programs leave on the first one.</summary>
    public List<string> Entetes() => Entete is null ? [] : [.. Entete.Cellules.Select(c => c.Trim().TrimStart('\uFEFF'))];

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

    private static SourceTableur Echec(int ligne, string motif, IEnumerator<LigneBrute> enumerateur, IDisposable? source)
    {
        enumerateur.Dispose();
        source?.Dispose();
        return new SourceTableur(ligne, motif);
    }

    public void Dispose()
    {
        lignes?.Dispose();
        source?.Dispose();
    }
}
