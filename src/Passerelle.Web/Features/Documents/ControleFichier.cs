using System.IO.Compression;

namespace Passerelle.Web.Features.Documents;

/// <summary>A kind of file accepted, recognised by its content.</summary>
public sealed record FormatDocument(string Libelle, string TypeContenu, IReadOnlyList<string> Extensions);

/// <summary>
/// Decides from the content, never from the name, whether a file may be kept: PDF, PNG, JPEG, or an
/// office document (Word, Excel, OpenDocument), which is a zip archive and so is opened and
/// decompressed under limits first — a small archive may expand to gigabytes (a « zip bomb »).
/// The name's extension must agree with the content, so a renamed executable is refused either way.
/// </summary>
public static class ControleFichier
{
    public const int EntreesMaximales = 1000;
    public const long DecompresseMaximal = 100L * 1024 * 1024;
    public const int RapportMaximal = 100;

    public static readonly FormatDocument Pdf = new("PDF", "application/pdf", [".pdf"]);
    public static readonly FormatDocument Png = new("image PNG", "image/png", [".png"]);
    public static readonly FormatDocument Jpeg = new("image JPEG", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly FormatDocument Docx = new("document Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly FormatDocument Xlsx = new("classeur Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    public static readonly FormatDocument Odt = new("document OpenDocument", "application/vnd.oasis.opendocument.text", [".odt"]);
    public static readonly FormatDocument Ods = new("classeur OpenDocument", "application/vnd.oasis.opendocument.spreadsheet", [".ods"]);

    public static readonly IReadOnlyList<FormatDocument> Acceptes = [Pdf, Png, Jpeg, Docx, Xlsx, Odt, Ods];

    public const string Inconnu = "Ce type de fichier n'est pas accepté : déposez un PDF, une image PNG ou JPEG, ou un document Word, Excel ou OpenDocument.";

    /// <returns>The format, or the French reason of the refusal.</returns>
    public static (FormatDocument? Format, string? Refus) Examiner(string nom, byte[] contenu)
    {
        var format = Signature(contenu);
        string? refus = null;
        if (format is null && EstZip(contenu)) (format, refus) = Bureautique(contenu);
        if (format is null) return (null, refus ?? Inconnu);
        var extension = Path.GetExtension(nom).ToLowerInvariant();
        return format.Extensions.Contains(extension) ? (format, null)
            : (null, $"Le contenu de ce fichier est un(e) {format.Libelle}, mais son nom se termine par « {extension} » : renommez-le ({string.Join(", ", format.Extensions)}).");
    }

    private static FormatDocument? Signature(ReadOnlySpan<byte> c) =>
        c.StartsWith("%PDF-"u8) ? Pdf
        : c.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? Png
        : c.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
        : null;

    private static bool EstZip(ReadOnlySpan<byte> c) => c.StartsWith("PK\x03\x04"u8);

    private static (FormatDocument?, string?) Bureautique(byte[] contenu)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(contenu, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > EntreesMaximales) return (null, $"Ce document contient plus de {EntreesMaximales} éléments : il est refusé par précaution.");
            long total = 0;
            string? typeOpenDocument = null;
            foreach (var entree in archive.Entries)
            {
                // The sizes the archive declares may lie: count what decompression really yields.
                total += Decompresser(entree, DecompresseMaximal - total, entree.FullName == "mimetype", out var texte);
                if (total > DecompresseMaximal || total > (long)contenu.Length * RapportMaximal)
                    return (null, "Ce document se décompresse en un volume anormal (archive piégée) : il est refusé.");
                if (texte is not null) typeOpenDocument = texte;
                if (entree.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
                    return (null, "Ce document contient des macros : enregistrez-le sans macros (.docx, .xlsx) avant de le déposer.");
            }
            var noms = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            return typeOpenDocument == Odt.TypeContenu ? (Odt, null)
                : typeOpenDocument == Ods.TypeContenu ? (Ods, null)
                : noms.Contains("[Content_Types].xml") && noms.Contains("word/document.xml") ? (Docx, null)
                : noms.Contains("[Content_Types].xml") && noms.Contains("xl/workbook.xml") ? (Xlsx, null)
                : (null, null);
        }
        catch (InvalidDataException)
        {
            return (null, "Ce document est une archive endommagée : il est refusé.");
        }
    }

    /// <returns>The bytes the entry yields, stopping just past <paramref name="reste"/>.</returns>
    private static long Decompresser(ZipArchiveEntry entree, long reste, bool lireTexte, out string? texte)
    {
        texte = null;
        using var flux = entree.Open();
        var tampon = new byte[81920];
        long lus = 0;
        int n;
        var debut = new MemoryStream();
        while ((n = flux.Read(tampon)) > 0)
        {
            if (lireTexte && debut.Length < 200) debut.Write(tampon, 0, Math.Min(n, 200));
            lus += n;
            if (lus > reste) break;
        }
        if (lireTexte) texte = System.Text.Encoding.ASCII.GetString(debut.ToArray()).Trim();
        return lus;
    }
}
