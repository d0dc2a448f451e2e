using Passerelle.Web.Features.Envois;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Passerelle.Web.Platform.Pdf;

/// <summary>
/// Text laid out down A4 pages, turning the page when it runs long: lines at a given left edge, paragraphs
/// wrapped on measured widths, in the fonts shipped with Passerelle (letters, printable fiches-actions).
/// </summary>
public sealed class MiseEnPageA4(PdfDocument document)
{
    public const double Marge = 56;
    private const double Interligne = 1.35;

    public static readonly XFont Titre = new(PolicesCourrier.Famille, 14, XFontStyleEx.Bold);
    public static readonly XFont SousTitre = new(PolicesCourrier.Famille, 12, XFontStyleEx.Bold);
    public static readonly XFont Texte = new(PolicesCourrier.Famille, 10.5, XFontStyleEx.Regular);
    public static readonly XFont Gras = new(PolicesCourrier.Famille, 10.5, XFontStyleEx.Bold);
    public static readonly XFont Petit = new(PolicesCourrier.Famille, 7, XFontStyleEx.Regular);

    private PdfPage page = null!;
    private XGraphics gfx = null!;

    /// <summary>Where the next line goes, from the top of the page, in points.</summary>
    public double Y { get; set; }

    private double Largeur => page.Width.Point - 2 * Marge;
    private double Bas => page.Height.Point - Marge;

    /// <summary>A document in Passerelle's fonts; the caller writes into it through <see cref="MiseEnPageA4"/> and saves it with <see cref="Octets"/>.</summary>
    public static PdfDocument Document(string titre)
    {
        PolicesCourrier.Installer();
        var document = new PdfDocument();
        document.Info.Title = titre;
        return document;
    }

    public static byte[] Octets(PdfDocument document)
    {
        if (document.PageCount == 0) document.AddPage().Size = PageSize.A4;
        using var flux = new MemoryStream();
        document.Save(flux, closeStream: false);
        return flux.ToArray();
    }

    public void NouvellePage()
    {
        gfx?.Dispose();
        page = document.AddPage();
        page.Size = PageSize.A4;
        gfx = XGraphics.FromPdfPage(page);
        Y = Marge;
    }

    public void Terminer() => gfx?.Dispose();

    public void Ligne(string texte, XFont police, double x = Marge)
    {
        if (Y + police.Height * Interligne > Bas) NouvellePage();
        gfx.DrawString(texte, police, XBrushes.Black, new XRect(x, Y, page.Width.Point - Marge - x, police.Height), XStringFormats.TopLeft);
        Y += police.Height * Interligne;
    }

    /// <summary>Several texts on one line, each from its left edge (the columns of a table of figures).</summary>
    public void Cellules(IReadOnlyList<(string Texte, double X)> cellules, XFont police)
    {
        if (Y + police.Height * Interligne > Bas) NouvellePage();
        foreach (var (texte, x) in cellules)
            gfx.DrawString(texte, police, XBrushes.Black, new XRect(x, Y, page.Width.Point - Marge - x, police.Height), XStringFormats.TopLeft);
        Y += police.Height * Interligne;
    }

    /// <summary>A paragraph per line of <paramref name="texte"/>; an empty line leaves half a line of space.</summary>
    public void Paragraphes(string texte, XFont police)
    {
        foreach (var paragraphe in texte.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            Paragraphe(paragraphe, police);
    }

    public void Paragraphe(string texte, XFont police)
    {
        if (texte.Trim().Length == 0) { Espace(police.Height * Interligne / 2); return; }
        foreach (var ligne in Couper(texte.Trim(), police)) Ligne(ligne, police);
    }

    public void Espace(double points) => Y += points;

    /// <summary>Greedy word wrap on measured widths; a word wider than the line is cut where it overflows.</summary>
    private IEnumerable<string> Couper(string texte, XFont police)
    {
        var courante = "";
        foreach (var mot in texte.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var essai = courante.Length == 0 ? mot : $"{courante} {mot}";
            if (Tient(essai, police)) { courante = essai; continue; }
            if (courante.Length > 0) yield return courante;
            courante = mot;
            while (!Tient(courante, police))
            {
                var n = courante.Length - 1;
                while (n > 1 && !Tient(courante[..n], police)) n--;
                yield return courante[..n];
                courante = courante[n..];
            }
        }
        if (courante.Length > 0) yield return courante;
    }

    private bool Tient(string texte, XFont police) => gfx.MeasureString(texte, police).Width <= Largeur;
}
