using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Passerelle.Web.Platform.Export;

/// <summary>One column of an export: its header and how a row gives its text.</summary>
public sealed record ColonneExport<T>(string Entete, Func<T, string?> Valeur);

/// <summary>
/// Writes rows as CSV (semicolon-separated, UTF-8 with BOM, as French spreadsheets expect) or XLSX,
/// one row at a time so that memory stays flat whatever the number of rows.
/// </summary>
public static class EcritureTableur
{
    public const string TypeCsv = "text/csv; charset=utf-8";
    public const string TypeXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task CsvAsync<T>(IAsyncEnumerable<T> lignes, IReadOnlyList<ColonneExport<T>> colonnes, Stream sortie, CancellationToken ct)
    {
        await using var ecrivain = new StreamWriter(sortie, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await ecrivain.WriteLineAsync(string.Join(';', colonnes.Select(c => CelluleTableur.Csv(c.Entete))));
        await foreach (var ligne in lignes.WithCancellation(ct))
            await ecrivain.WriteLineAsync(string.Join(';', colonnes.Select(c => CelluleTableur.Csv(c.Valeur(ligne)))));
    }

    /// <summary>
    /// Every cell is written as text (never a formula, never a number Excel would reformat, such as
    /// a NIR or a MATRICULE with leading zeros), and dangerous starts are prefixed as in CSV so that
    /// a later "save as CSV" stays harmless. The workbook is built in a temporary file because the
    /// ZIP format needs to come back to its directory, then copied to <paramref name="sortie"/>.
    /// </summary>
    public static async Task XlsxAsync<T>(IEnumerable<T> lignes, IReadOnlyList<ColonneExport<T>> colonnes, string feuille, Stream sortie, CancellationToken ct)
    {
        var chemin = Path.Combine(Path.GetTempPath(), $"passerelle-export-{Guid.NewGuid():N}.xlsx");
        await using var fichier = new FileStream(chemin, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var configuration = new OpenXmlConfiguration { EnableSharedStringCache = false, AutoFilter = false };
        // The header is written as the first row so an empty result still has its columns.
        await MiniExcel.SaveAsAsync(fichier, Lignes(lignes, colonnes), printHeader: false, sheetName: feuille,
            excelType: ExcelType.XLSX, configuration: configuration, cancellationToken: ct);
        fichier.Position = 0;
        await fichier.CopyToAsync(sortie, ct);
    }

    private static IEnumerable<Dictionary<string, object?>> Lignes<T>(IEnumerable<T> lignes, IReadOnlyList<ColonneExport<T>> colonnes)
    {
        yield return Ligne(colonnes.Select(c => c.Entete));
        foreach (var ligne in lignes)
            yield return Ligne(colonnes.Select(c => c.Valeur(ligne)));
    }

    private static Dictionary<string, object?> Ligne(IEnumerable<string?> valeurs) =>
        valeurs.Select((v, i) => (Cle: $"C{i}", Valeur: (object?)CelluleTableur.Neutraliser(v))).ToDictionary(c => c.Cle, c => c.Valeur);
}
