using System.Xml;

namespace Passerelle.Web.Features.Dossiers.Cnaf;

/// <summary>Reads one InfosFoyerRSA subtree from the shared reader and turns it into a foyer (with its warnings) or a reject.</summary>
internal sealed class LectureFoyerCnaf(XmlReader lecteur, IXmlLineInfo position, JournalSchema erreurs)
{
    /// <summary>The foyer being read, as a reject to report if the XML breaks before its end.</summary>
    public RejetFoyerCnaf? EnCours { get; private set; }

    public ElementFluxCnaf Lire(DateOnly dateReference)
    {
        var ligne = position.LineNumber;
        var profondeur = lecteur.Depth;
        var foyer = new FoyerEnConstruction(ligne, dateReference);
        var chemin = new List<string>(8);
        var elements = 0;
        EnCours = new RejetFoyerCnaf(null, ligne, null, null, "");
        while (lecteur.Read() && !(lecteur.NodeType == XmlNodeType.EndElement && lecteur.Depth == profondeur))
        {
            switch (lecteur.NodeType)
            {
                case XmlNodeType.Element:
                    if (++elements > LimitesFluxCnaf.ElementsMaxParFoyer) throw LimitesFluxCnaf.Elements(position.LineNumber);
                    if (lecteur.Depth > LimitesFluxCnaf.ProfondeurMax) throw LimitesFluxCnaf.Profondeur(position.LineNumber);
                    erreurs.DerniereValeur = null;
                    foyer.Ouvrir(lecteur.LocalName);
                    if (chemin.Count == 0 && lecteur.LocalName == "Personne") erreurs.Personne = foyer.NombrePersonnes - 1;
                    if (!lecteur.IsEmptyElement) chemin.Add(lecteur.LocalName);
                    break;
                case XmlNodeType.EndElement:
                    erreurs.DerniereValeur = null;
                    chemin.RemoveAt(chemin.Count - 1);
                    if (chemin.Count == 0) erreurs.Personne = null;
                    break;
                case XmlNodeType.Text when chemin.Count > 0:
                    var (nom, parent, valeur) = (chemin[^1], chemin.Count > 1 ? chemin[^2] : "", lecteur.Value);
                    erreurs.DerniereValeur = valeur;
                    foyer.Affecter(parent, nom, valeur.Trim(), position.LineNumber);
                    if (nom == "NUMDEMRSA") EnCours = EnCours with { NumDemRsa = valeur.Trim() };
                    break;
            }
        }
        EnCours = null;
        return foyer.Construire(erreurs.Erreurs);
    }
}
