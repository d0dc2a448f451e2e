using System.Xml;

namespace Passerelle.Web.Features.Dossiers.Cnaf;

/// <summary>Reads one InfosFoyerRSA subtree from the shared reader and turns it into a foyer or a reject.</summary>
internal sealed class LectureFoyerCnaf(XmlReader lecteur, IXmlLineInfo position, JournalSchema erreurs)
{
    /// <summary>The foyer being read, as a reject to report if the XML breaks before its end.</summary>
    public RejetFoyerCnaf? EnCours { get; private set; }

    public ElementFluxCnaf Lire()
    {
        var ligne = position.LineNumber;
        var profondeur = lecteur.Depth;
        var foyer = new FoyerEnConstruction();
        var chemin = new List<string>(8);
        RejetFoyerCnaf? rejetCode = null;
        EnCours = new RejetFoyerCnaf(null, ligne, null, null, "");
        while (lecteur.Read() && !(lecteur.NodeType == XmlNodeType.EndElement && lecteur.Depth == profondeur))
        {
            switch (lecteur.NodeType)
            {
                case XmlNodeType.Element:
                    erreurs.DerniereValeur = null;
                    foyer.Ouvrir(lecteur.LocalName);
                    if (!lecteur.IsEmptyElement) chemin.Add(lecteur.LocalName);
                    break;
                case XmlNodeType.EndElement:
                    erreurs.DerniereValeur = null;
                    chemin.RemoveAt(chemin.Count - 1);
                    break;
                case XmlNodeType.Text when chemin.Count > 0:
                    var (nom, parent, valeur) = (chemin[^1], chemin.Count > 1 ? chemin[^2] : "", lecteur.Value);
                    erreurs.DerniereValeur = valeur;
                    foyer.Affecter(parent, nom, valeur);
                    if (nom == "NUMDEMRSA") EnCours = EnCours with { NumDemRsa = valeur };
                    if (rejetCode is null && parent != "Rattachement" && CodesCnaf.Verifier(nom, valeur) is { } motif)
                        rejetCode = new RejetFoyerCnaf(null, position.LineNumber, nom, valeur, motif);
                    break;
            }
        }
        EnCours = null;
        if (erreurs.Premiere is { } e) return new RejetFoyerCnaf(foyer.NumDemRsa, e.Ligne, e.Champ, e.Valeur, e.Motif);
        return rejetCode is not null ? rejetCode with { NumDemRsa = foyer.NumDemRsa } : new FoyerLu(ligne, foyer.Construire());
    }
}
