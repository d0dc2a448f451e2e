using System.Text;
using System.Xml;
using System.Xml.Schema;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Dossiers.Cnaf;

/// <summary>
/// Streams a CNAF (or MSA) Bénéficiaire flux: the identification block once, then one foyer or
/// reject per InfosFoyerRSA, validated against the embedded XSD. Only one foyer is held in memory.
/// A schema violation or an unreadable value is a warning on its foyer (docs/imports-cnaf.md); only a
/// foyer without NUMDEMRSA is rejected. XML that stops being well-formed cannot be resynchronised,
/// so it rejects the foyer in progress and ends with a file error. A DTD is refused before reading; text length,
/// nesting and elements per foyer are bounded (<see cref="LimitesFluxCnaf"/>) and end the file the same way.
/// </summary>
public static class LecteurFluxCnaf
{
    private static readonly Lazy<XmlSchemaSet> Schema = new(ChargerSchema);

    /// <summary>A DOCTYPE sits in the prolog, before the root: the first bytes are enough to find it.</summary>
    private const int TailleDebut = 4096;

    /// <summary>CAF files are usually windows-1252; .NET only knows it once the code-pages provider is registered.</summary>
    public static Encoding Windows1252 { get; } = ChargerWindows1252();

    public static IEnumerable<ElementFluxCnaf> Lire(Stream flux)
    {
        _ = Windows1252;
        var debut = FluxAvecDebut.Lire(flux, TailleDebut);
        if (Refus(debut.Debut.Span) is { } refus)
        {
            yield return refus;
            yield break;
        }
        using var lecture = new LectureFluxCnaf(new FluxTexteBorne(debut), Schema.Value);
        while (lecture.Suivant() is { } element) yield return element;
    }

    /// <summary>
    /// The reader prohibits DTDs anyway; finding one first gives the agent the reason (entity expansion,
    /// « bombe XML ») instead of a parser message.
    /// </summary>
    private static ErreurFichierCnaf? Refus(ReadOnlySpan<byte> debut)
    {
        if (debut.Length == 0) return new ErreurFichierCnaf(1, "Le fichier est vide (0 octet) : il n'y a rien à importer.");
        var doctype = debut.IndexOf("<!DOCTYPE"u8);
        if (doctype < 0) return null;
        return new ErreurFichierCnaf(debut[..doctype].Count((byte)'\n') + 1,
            "Le fichier contient une déclaration de type de document (<!DOCTYPE>), que les flux CNAF et MSA n'ont jamais et qui sert aux attaques par expansion d'entités (« bombe XML ») : fichier refusé sans être lu.");
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
