using System.Xml;
using System.Xml.Schema;

namespace Passerelle.Web.Features.Dossiers.Cnaf;

internal sealed record ErreurSchema(int Ligne, string? Champ, string? Valeur, string Motif);

/// <summary>
/// Collects the XSD errors of the block being read. The validator reports a bad value only when the
/// element closes, after the text has gone by, so the last text read is kept to name the value.
/// </summary>
internal sealed class JournalSchema
{
    private readonly List<ErreurSchema> erreurs = [];

    public string? DerniereValeur { get; set; }

    public ErreurSchema? Premiere => erreurs.Count > 0 ? erreurs[0] : null;

    public void Vider()
    {
        erreurs.Clear();
        DerniereValeur = null;
    }

    public void Noter(XmlReader lecteur, ValidationEventArgs e)
    {
        var champ = lecteur.LocalName.Length > 0 ? lecteur.LocalName : null;
        var surValeur = lecteur.NodeType is XmlNodeType.EndElement or XmlNodeType.Text && DerniereValeur is not null;
        var valeur = surValeur ? (lecteur.NodeType == XmlNodeType.Text ? lecteur.Value : DerniereValeur) : null;
        var motif = surValeur
            ? $"La valeur « {valeur} » du champ {champ} ne respecte pas le schéma (longueur, type, format de date ou nombre de chiffres)."
            : $"Le bloc {champ} n'a pas la structure du schéma (élément obligatoire manquant, en trop ou mal placé).";
        erreurs.Add(new ErreurSchema(e.Exception.LineNumber, champ, valeur, motif + " Détail technique : " + e.Message));
    }
}
