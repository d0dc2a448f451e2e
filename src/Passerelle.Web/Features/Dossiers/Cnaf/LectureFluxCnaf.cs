using System.Globalization;
using System.Xml;
using System.Xml.Schema;

namespace Passerelle.Web.Features.Dossiers.Cnaf;

/// <summary>One pass over one file; yields elements one at a time so that exceptions can be turned into results.</summary>
internal sealed class LectureFluxCnaf : IDisposable
{
    private readonly XmlReader lecteur;
    private readonly IXmlLineInfo position;
    private readonly JournalSchema erreurs = new();
    private readonly LectureFoyerCnaf foyer;
    private ErreurFichierCnaf? erreurDiffere;
    private bool demarre;
    private bool racineLue;
    private bool identificationLue;
    private DateOnly dateReference;
    private bool fini;

    public LectureFluxCnaf(Stream flux, XmlSchemaSet schema)
    {
        var reglages = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = true,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
            ValidationType = ValidationType.Schema,
            Schemas = schema,
        };
        reglages.ValidationEventHandler += (_, e) => erreurs.Noter(lecteur!, e);
        lecteur = XmlReader.Create(flux, reglages);
        position = (IXmlLineInfo)lecteur;
        foyer = new LectureFoyerCnaf(lecteur, position, erreurs);
    }

    public ElementFluxCnaf? Suivant()
    {
        if (erreurDiffere is not null)
        {
            var e = erreurDiffere;
            erreurDiffere = null;
            return e;
        }
        if (fini) return null;
        try
        {
            return demarre ? Avancer() : Demarrer();
        }
        catch (XmlException e)
        {
            return Arreter(Math.Max(1, e.LineNumber), Motif(e), "XML mal formé dans ce dossier : " + e.Message);
        }
        catch (LimiteFluxCnafException e)
        {
            return Arreter(e.Ligne, e.Message, e.Message);
        }
    }

    /// <summary>Nothing after a broken or oversized spot can be trusted: the foyer in progress is rejected, then the file ends.</summary>
    private ElementFluxCnaf Arreter(int ligne, string motif, string motifDossier)
    {
        fini = true;
        var erreur = new ErreurFichierCnaf(ligne, motif, Interruption: identificationLue);
        if (foyer.EnCours is { } rejet)
        {
            erreurDiffere = erreur;
            return new RejetFoyerCnaf(rejet.NumDemRsa, ligne, rejet.Champ, rejet.Valeur, motifDossier);
        }
        return erreur;
    }

    private ElementFluxCnaf? Demarrer()
    {
        demarre = true;
        lecteur.MoveToContent();
        if (lecteur.NodeType == XmlNodeType.Element && lecteur.LocalName == "Racine")
        {
            racineLue = true;
            return Avancer();
        }
        fini = true;
        return new ErreurFichierCnaf(position.LineNumber,
            $"La racine du document est <{lecteur.LocalName}> alors que <Racine> est attendue : ce n'est pas un flux Bénéficiaire CNAF ou MSA.");
    }

    private ElementFluxCnaf? Avancer()
    {
        while (lecteur.Read())
        {
            if (lecteur.NodeType != XmlNodeType.Element) continue;
            // Schema errors outside any dossier are ignored: dropping them keeps a flood of stray elements from piling up.
            if (identificationLue) erreurs.Vider();
            if (lecteur.Depth != 1)
            {
                if (lecteur.Depth > LimitesFluxCnaf.ProfondeurMax) throw LimitesFluxCnaf.Profondeur(position.LineNumber);
                continue;
            }
            switch (lecteur.LocalName)
            {
                case "IdentificationFlux":
                    // Set once the block is read: a file that breaks inside it has no dossier and fails (« échoué »).
                    var identification = LireIdentification();
                    identificationLue = true;
                    return identification;
                case "InfosFoyerRSA" when !identificationLue:
                    fini = true;
                    return new ErreurFichierCnaf(position.LineNumber, "Le bloc IdentificationFlux doit précéder le premier dossier : il est absent ou mal placé.");
                case "InfosFoyerRSA":
                    erreurs.Vider();
                    return foyer.Lire(dateReference);
            }
        }
        // A structure error outside any dossier (TransmissionFlux missing…) concerns no dossier: all were read.
        fini = true;
        return null;
    }

    private ElementFluxCnaf LireIdentification()
    {
        var valeurs = new Dictionary<string, string>(StringComparer.Ordinal);
        var profondeur = lecteur.Depth;
        string? nom = null;
        while (lecteur.Read() && !(lecteur.NodeType == XmlNodeType.EndElement && lecteur.Depth == profondeur))
        {
            if (lecteur.NodeType == XmlNodeType.Element && lecteur.Depth > LimitesFluxCnaf.ProfondeurMax) throw LimitesFluxCnaf.Profondeur(position.LineNumber);
            if (lecteur.NodeType is XmlNodeType.Element or XmlNodeType.EndElement) (nom, erreurs.DerniereValeur) = (lecteur.LocalName, null);
            else if (lecteur.NodeType == XmlNodeType.Text && nom is not null) valeurs[nom] = erreurs.DerniereValeur = lecteur.Value;
        }
        if (erreurs.Premiere is { } e)
        {
            fini = true;
            return new ErreurFichierCnaf(e.Ligne, "Bloc IdentificationFlux non conforme au schéma : " + e.Motif);
        }
        string V(string cle) => valeurs.GetValueOrDefault(cle, "").Trim();
        dateReference = ConversionCnaf.Date(V("DTREF"))!.Value;
        return new IdentificationFluxCnaf(V("APPLIEME"), V("NUMVERSIONAPPLIEME"), V("TYPEFLUX"), V("NATFLUX"),
            ConversionCnaf.Date(V("DTCREAFLUX"))!.Value, TimeOnly.Parse(V("HEUCREAFLUX")[..8], CultureInfo.InvariantCulture), dateReference);
    }

    private string Motif(XmlException e) => racineLue
        ? "Le fichier est tronqué ou son XML est mal formé à partir de cette ligne : " + e.Message
        : "Le fichier n'est pas un document XML lisible (ou son encodage déclaré est faux) : " + e.Message;

    public void Dispose() => lecteur.Dispose();
}
