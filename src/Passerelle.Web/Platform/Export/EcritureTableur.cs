using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

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
    /// Every cell is an inline string (never a formula, never a number Excel would reformat, such as
    /// a NIR or a MATRICULE with leading zeros), and dangerous starts are prefixed as in CSV so that
    /// a later "save as CSV" stays harmless. Rows go through the Open XML SAX writer; the workbook is
    /// built in a temporary file (the ZIP format comes back to its directory at the end), then copied
    /// to <paramref name="sortie"/>.
    /// </summary>
    public static async Task XlsxAsync<T>(IEnumerable<T> lignes, IReadOnlyList<ColonneExport<T>> colonnes, string feuille, Stream sortie, CancellationToken ct)
    {
        var chemin = Path.Combine(Path.GetTempPath(), $"passerelle-export-{Guid.NewGuid():N}.xlsx");
        await using var fichier = new FileStream(chemin, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        using (var document = SpreadsheetDocument.Create(fichier, SpreadsheetDocumentType.Workbook))
        {
            var classeur = document.AddWorkbookPart();
            var partie = classeur.AddNewPart<WorksheetPart>();
            using (var ecrivain = OpenXmlWriter.Create(partie))
            {
                ecrivain.WriteStartElement(new Worksheet());
                ecrivain.WriteStartElement(new SheetData());
                EcrireLigne(ecrivain, colonnes.Select(c => c.Entete));
                foreach (var ligne in lignes)
                {
                    ct.ThrowIfCancellationRequested();
                    EcrireLigne(ecrivain, colonnes.Select(c => c.Valeur(ligne)));
                }
                ecrivain.WriteEndElement();
                ecrivain.WriteEndElement();
            }
            classeur.Workbook = new Workbook(new Sheets(new Sheet { Id = classeur.GetIdOfPart(partie), SheetId = 1, Name = feuille }));
        }
        fichier.Position = 0;
        await fichier.CopyToAsync(sortie, ct);
    }

    private static void EcrireLigne(OpenXmlWriter ecrivain, IEnumerable<string?> valeurs)
    {
        ecrivain.WriteStartElement(new Row());
        foreach (var valeur in valeurs)
        {
            var texte = new Text(TexteXml(CelluleTableur.Neutraliser(valeur))) { Space = SpaceProcessingModeValues.Preserve };
            ecrivain.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(texte) });
        }
        ecrivain.WriteEndElement();
    }

    /// <summary>Control characters have no place in XML: a stray one from a flux must not break the whole export.</summary>
    private static string TexteXml(string texte) =>
        texte.All(XmlConvert.IsXmlChar) ? texte : new string(texte.Where(XmlConvert.IsXmlChar).ToArray());
}
