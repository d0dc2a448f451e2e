using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Passerelle.Web.Features.Envois;

/// <summary>Merges data into a template and lays letters out as A4 PDF pages.</summary>
public static class RenduCourrier
{
    private const double Marge = 56;
    private const double ColonneAdresse = 320;
    private const double Interligne = 1.35;

    public static MessageFusionne Fusion(ContenuModele modele, IReadOnlyDictionary<string, string> champs) =>
        new(Remplacer(modele.Objet, champs), Remplacer(modele.Corps, champs), modele.SmsTexte is null ? null : Remplacer(modele.SmsTexte, champs));

    /// <summary>A missing value merges as empty text: the template was validated, the data may be partial.</summary>
    public static string Remplacer(string texte, IReadOnlyDictionary<string, string> champs) =>
        ChampsFusion.Marque().Replace(texte, m => champs.TryGetValue(m.Groups[1].Value.Trim(), out var v) ? v : "");

    public static byte[] Pdf(Courrier courrier) => Pdf([courrier]);

    /// <summary>One document for a batch: each letter starts on a new page, so the batch prints in one go.</summary>
    public static byte[] Pdf(IEnumerable<Courrier> courriers)
    {
        PolicesCourrier.Installer();
        using var document = new PdfDocument();
        document.Info.Title = "Courriers";
        foreach (var courrier in courriers) new Mise(document).Ecrire(courrier);
        if (document.PageCount == 0) document.AddPage().Size = PageSize.A4;
        using var flux = new MemoryStream();
        document.Save(flux, closeStream: false);
        return flux.ToArray();
    }

    /// <summary>The layout of one letter, turning pages as its body runs long.</summary>
    private sealed class Mise(PdfDocument document)
    {
        private static readonly XFont EnTete = new(PolicesCourrier.Famille, 14, XFontStyleEx.Bold);
        private static readonly XFont Texte = new(PolicesCourrier.Famille, 10.5, XFontStyleEx.Regular);
        private static readonly XFont Gras = new(PolicesCourrier.Famille, 10.5, XFontStyleEx.Bold);
        private PdfPage page = null!;
        private XGraphics gfx = null!;
        private double y;

        private double Largeur => page.Width.Point - 2 * Marge;
        private double Bas => page.Height.Point - Marge;

        public void Ecrire(Courrier courrier)
        {
            NouvellePage();
            Ligne(courrier.Departement, EnTete, Marge);
            Ligne("Conseil départemental – service insertion", Texte, Marge);
            y = 150;
            foreach (var ligne in courrier.Destinataire) Ligne(ligne, Texte, ColonneAdresse);
            y += 24;
            if (courrier.Date.Length > 0) Ligne($"Le {courrier.Date}", Texte, ColonneAdresse);
            y = Math.Max(y + 24, 290);
            Paragraphe($"Objet : {courrier.Objet}", Gras);
            y += Texte.Height;
            foreach (var paragraphe in courrier.Corps.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
                Paragraphe(paragraphe, Texte);
            gfx.Dispose();
        }

        private void NouvellePage()
        {
            gfx?.Dispose();
            page = document.AddPage();
            page.Size = PageSize.A4;
            gfx = XGraphics.FromPdfPage(page);
            y = Marge;
        }

        private void Ligne(string texte, XFont police, double x)
        {
            if (y + police.Height * Interligne > Bas) NouvellePage();
            gfx.DrawString(texte, police, XBrushes.Black, new XRect(x, y, page.Width.Point - Marge - x, police.Height), XStringFormats.TopLeft);
            y += police.Height * Interligne;
        }

        private void Paragraphe(string texte, XFont police)
        {
            if (texte.Trim().Length == 0) { y += police.Height * Interligne / 2; return; }
            foreach (var ligne in Couper(texte.Trim(), police)) Ligne(ligne, police, Marge);
        }

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
}
