using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>
/// Streams the rows of the first worksheet of an XLSX with the SAX reader: one row in memory at a
/// time, plus the workbook's shared strings (which Excel stores apart from the rows).
/// </summary>
internal sealed class SourceXlsx : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly Stream? copie;

    private SourceXlsx(SpreadsheetDocument document, Stream? copie) => (this.document, this.copie) = (document, copie);

    /// <summary>The workbook, or the French reason it cannot be opened.</summary>
    public static (SourceXlsx? Source, string? Erreur) Ouvrir(Stream flux)
    {
        // The ZIP directory sits at the end of the file, so a non-seekable upload is spooled to disk first.
        Stream? copie = null;
        if (!flux.CanSeek)
        {
            copie = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
            flux.CopyTo(copie);
            copie.Position = 0;
        }
        if (LimitesTableur.RefusZip(copie ?? flux) is { } refus)
        {
            copie?.Dispose();
            return (null, refus);
        }
        try
        {
            var document = SpreadsheetDocument.Open(copie ?? flux, false);
            if (document.WorkbookPart?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() is null)
            {
                document.Dispose();
                copie?.Dispose();
                return (null, "Le classeur XLSX ne contient aucune feuille.");
            }
            return (new SourceXlsx(document, copie), null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or System.Xml.XmlException)
        {
            copie?.Dispose();
            return (null, "Le fichier n'est pas un classeur XLSX lisible (fichier abîmé, ou d'un autre format renommé en .xlsx).");
        }
    }

    public IEnumerable<LigneBrute> Lignes()
    {
        var classeur = document.WorkbookPart!;
        var feuille = classeur.Workbook.Sheets!.Elements<Sheet>().First();
        if (feuille.Id?.Value is not { } idFeuille || classeur.GetPartById(idFeuille) is not WorksheetPart partie) yield break;
        var partages = ChainesPartagees(classeur.SharedStringTablePart);
        using var lecteur = OpenXmlReader.Create(partie);
        var (precedente, numero) = (0, 0);
        List<string>? cellules = null;
        // Cell by cell rather than a whole row at once: a forged row of millions of cells stops one past the limit.
        while (lecteur.Read())
        {
            if (lecteur.ElementType == typeof(Row) && lecteur.IsStartElement)
            {
                numero = lecteur.Attributes.FirstOrDefault(a => a.LocalName == "r").Value is { } r && int.TryParse(r, out var n) ? n : precedente + 1;
                precedente = numero;
                cellules = [];
            }
            else if (lecteur.ElementType == typeof(Row) && lecteur.IsEndElement && cellules is not null)
            {
                yield return new LigneBrute(numero, cellules);
                cellules = null;
            }
            else if (lecteur.ElementType == typeof(Cell) && lecteur.IsStartElement && cellules is not null && !Ajouter(cellules, (Cell)lecteur.LoadCurrentElement()!, partages))
            {
                yield return new LigneBrute(numero, cellules);
                yield break;
            }
        }
    }

    /// <summary>False once the row is past <see cref="LimitesTableur.ColonnesMax"/>, which the caller then reports.</summary>
    private static bool Ajouter(List<string> cellules, Cell cellule, List<string> partages)
    {
        var colonne = cellule.CellReference?.Value is { } reference ? IndexColonne(reference) : cellules.Count;
        // A forged reference (« ZZZZZZ1 ») would otherwise pad the row with millions of empty cells.
        if (colonne >= LimitesTableur.ColonnesMax)
        {
            while (cellules.Count <= LimitesTableur.ColonnesMax) cellules.Add("");
            return false;
        }
        while (cellules.Count < colonne) cellules.Add("");
        cellules.Add(Valeur(cellule, partages));
        return true;
    }

    /// <summary>Cells are read as the text they hold; a formula's cached result is taken, never its formula.</summary>
    private static string Valeur(Cell cellule, List<string> partages)
    {
        var type = cellule.DataType?.Value;
        var texte = cellule.CellValue?.Text ?? "";
        if (type == CellValues.SharedString)
            return int.TryParse(texte, out var i) && i >= 0 && i < partages.Count ? partages[i] : "";
        if (type == CellValues.InlineString) return cellule.InlineString?.InnerText ?? "";
        if (type == CellValues.Boolean) return texte == "1" ? "true" : "false";
        return texte;
    }

    private static int IndexColonne(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter)) index = Math.Min(index * 26 + (char.ToUpperInvariant(c) - 'A' + 1), LimitesTableur.ColonnesMax + 1);
        return index - 1;
    }

    private static List<string> ChainesPartagees(SharedStringTablePart? partie)
    {
        var chaines = new List<string>();
        if (partie is null) return chaines;
        using var lecteur = OpenXmlReader.Create(partie);
        while (lecteur.Read())
            if (lecteur.ElementType == typeof(SharedStringItem) && lecteur.IsStartElement)
                chaines.Add(string.Concat(((SharedStringItem)lecteur.LoadCurrentElement()!).Descendants<Text>()
                    .Where(t => t.Parent is not PhoneticRun).Select(t => t.Text)));
        return chaines;
    }

    public void Dispose()
    {
        document.Dispose();
        copie?.Dispose();
    }
}
