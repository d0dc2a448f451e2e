using System.Globalization;
using System.Text;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>
/// A column a mapped import expects: its key in the import's code, the label users read, and the headers it is usually
/// found under (compared without case, accents, spaces or punctuation) when the user has not named its column.
/// </summary>
public sealed record ColonneAttendue(string Cle, string Libelle, bool Obligatoire, params string[] EntetesUsuels);

/// <summary>One data row: its physical line and the cells of the mapped columns by key (empty when absent or blank).</summary>
public sealed record LigneFeuille(int Numero, IReadOnlyDictionary<string, string> Valeurs, string? Erreur)
{
    public string this[string cle] => Valeurs.GetValueOrDefault(cle, "");
}

/// <summary>
/// A CSV or XLSX read for a column-mapped import (employers, clause hours…): the user names the column of each field, or
/// the usual headers are recognised; a missing required column stops the file before any row with the French list of
/// what was expected and what was found. The caller checks the rows and applies them all or none.
/// </summary>
public sealed class FeuilleTableur : IDisposable
{
    private readonly SourceTableur? source;
    private readonly IReadOnlyDictionary<string, int> index = new Dictionary<string, int>();

    /// <summary>Set when the file cannot be read at all: its line and the reason.</summary>
    public (int Ligne, string Motif)? Erreur { get; }

    /// <summary>The column each field was read from, by key, as the header writes it.</summary>
    public IReadOnlyDictionary<string, string> ColonnesLues { get; } = new Dictionary<string, string>();

    public bool SeriesExcel => source?.SeriesExcel ?? false;

    private FeuilleTableur(int ligne, string motif) => Erreur = (ligne, motif);

    private FeuilleTableur(SourceTableur source, IReadOnlyDictionary<string, int> index, IReadOnlyDictionary<string, string> colonnesLues) =>
        (this.source, this.index, ColonnesLues) = (source, index, colonnesLues);

    /// <param name="correspondance">The header the user named for a key; blank or absent keys fall back to the usual headers.</param>
    public static FeuilleTableur Ouvrir(Stream flux, string nomFichier, IReadOnlyList<ColonneAttendue> colonnes,
        IReadOnlyDictionary<string, string?>? correspondance = null)
    {
        var source = SourceTableur.Ouvrir(flux, nomFichier, SeparateurTableur.Automatique, EncodageTableur.Automatique, 1);
        if (source.Erreur is { } erreur) return new FeuilleTableur(erreur.Ligne, erreur.Motif);
        var entetes = source.Entetes();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var lues = new Dictionary<string, string>(StringComparer.Ordinal);
        var manquantes = new List<string>();
        foreach (var colonne in colonnes)
        {
            var nommee = correspondance?.GetValueOrDefault(colonne.Cle)?.Trim();
            var i = string.IsNullOrEmpty(nommee)
                ? entetes.FindIndex(e => colonne.EntetesUsuels.Append(colonne.Libelle).Any(u => Cle(u) == Cle(e)))
                : entetes.FindIndex(e => Cle(e) == Cle(nommee));
            if (i >= 0) (index[colonne.Cle], lues[colonne.Cle]) = (i, entetes[i]);
            else if (!string.IsNullOrEmpty(nommee)) manquantes.Add($"la colonne « {nommee} » indiquée pour {colonne.Libelle} est absente");
            else if (colonne.Obligatoire) manquantes.Add($"aucune colonne pour {colonne.Libelle} (en-têtes reconnus : {string.Join(", ", colonne.EntetesUsuels.Prepend(colonne.Libelle).Select(u => $"« {u} »"))})");
        }
        if (manquantes.Count == 0) return new FeuilleTableur(source, index, lues);
        source.Dispose();
        var trouvees = !entetes.Any(e => e.Length > 0) ? "aucune" : string.Join(", ", entetes.Where(e => e.Length > 0).Select(e => $"« {e} »"));
        return new FeuilleTableur(source.Entete!.Numero,
            $"Colonnes introuvables : {string.Join(" ; ", manquantes)}. Colonnes du fichier : {trouvees}. Indiquez le nom exact de la colonne de chaque champ, puis recommencez.");
    }

    /// <summary>The data rows; a row malformed in the file carries its <see cref="LigneFeuille.Erreur"/>, and a fatal one ends the reading.</summary>
    public IEnumerable<LigneFeuille> Lignes()
    {
        if (source is null) yield break;
        foreach (var ligne in source.Lignes())
            yield return new LigneFeuille(ligne.Numero, index.ToDictionary(p => p.Key, p => ligne.Cellule(p.Value), StringComparer.Ordinal), ligne.Erreur);
    }

    /// <summary>A date written dd/MM/yyyy or yyyy-MM-dd, or an Excel date cell.</summary>
    public DateOnly? Date(string valeur) => ValeursTableur.Date(valeur, FormatsDate, SeriesExcel);

    private static readonly string[] FormatsDate = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>A header as compared: « Raison sociale », « RAISON_SOCIALE » and « raison-sociale » are one.</summary>
    private static string Cle(string entete) =>
        new([.. entete.Normalize(NormalizationForm.FormD).Where(char.IsLetterOrDigit).Select(c => char.ToLower(c, CultureInfo.InvariantCulture))]);

    public void Dispose() => source?.Dispose();
}
