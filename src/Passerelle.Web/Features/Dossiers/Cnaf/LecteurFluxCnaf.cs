using System.Text;
using System.Xml;
using System.Xml.Schema;

namespace Passerelle.Web.Features.Dossiers.Cnaf;

/// <summary>
/// Streams a CNAF (or MSA) Bénéficiaire flux: the identification block once, then one foyer or
/// reject per InfosFoyerRSA, validated against the embedded XSD. Only one foyer is held in memory.
/// A schema or code error rejects its foyer and reading goes on; XML that stops being well-formed
/// cannot be resynchronised, so it rejects the foyer in progress and ends with a file error.
/// </summary>
public static class LecteurFluxCnaf
{
    private static readonly Lazy<XmlSchemaSet> Schema = new(ChargerSchema);

    /// <summary>CAF files are usually windows-1252; .NET only knows it once the code-pages provider is registered.</summary>
    public static Encoding Windows1252 { get; } = ChargerWindows1252();

    public static IEnumerable<ElementFluxCnaf> Lire(Stream flux)
    {
        _ = Windows1252;
        using var lecture = new LectureFluxCnaf(flux, Schema.Value);
        while (lecture.Suivant() is { } element) yield return element;
    }

    private static Encoding ChargerWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static XmlSchemaSet ChargerSchema()
    {
        using var xsd = typeof(LecteurFluxCnaf).Assembly.GetManifestResourceStream("cnaf-vrsb0801.xsd")
            ?? throw new InvalidOperationException("Schéma cnaf-vrsb0801.xsd absent des ressources.");
        using var lecteur = XmlReader.Create(xsd, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var schemas = new XmlSchemaSet();
        schemas.Add(null, lecteur);
        schemas.Compile();
        return schemas;
    }
}
