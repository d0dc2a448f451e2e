using PdfSharp.Fonts;

namespace Passerelle.Web.Features.Envois;

/// <summary>
/// PDFsharp 6 finds no system font on Linux by itself: letters use DejaVu Sans, shipped inside the
/// assembly (free Bitstream Vera licence, see Polices/LICENCE-DejaVu.txt) so that a server or CI
/// machine without any font package still prints them.
/// </summary>
internal sealed class PolicesCourrier : IFontResolver
{
    public const string Famille = "DejaVu Sans";
    private const string Normale = "DejaVuSans";
    private const string Grasse = "DejaVuSans-Bold";
    private static readonly Lock Verrou = new();

    /// <summary>PDFsharp keeps one resolver for the process; set it once, before the first letter.</summary>
    public static void Installer()
    {
        lock (Verrou)
        {
            if (GlobalFontSettings.FontResolver is not PolicesCourrier)
                GlobalFontSettings.FontResolver = new PolicesCourrier();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? Grasse : Normale);

    public byte[] GetFont(string faceName)
    {
        using var flux = typeof(PolicesCourrier).Assembly.GetManifestResourceStream($"polices/{faceName}.ttf")
            ?? throw new InvalidOperationException($"Police {faceName} absente de l'assemblage.");
        using var copie = new MemoryStream();
        flux.CopyTo(copie);
        return copie.ToArray();
    }
}
