using System.Xml;
using System.Xml.Schema;

namespace Passerelle.Web.Features.Dossiers.Cnaf;

internal sealed record ErreurSchema(int Ligne, string? Champ, string? Valeur, string Motif, int? Personne);

/// <summary>
/// Collects the XSD errors of the block being read. The validator reports a bad value only when the
/// element closes, after the text has gone by, so the last text read is kept to name the value.
/// CAF files pad codes with spaces ("AB " where two characters are allowed): a value whose trimmed
/// form is valid is a habit of real files, not an error.
/// </summary>
internal sealed class JournalSchema
{
    private readonly List<ErreurSchema> erreurs = [];

    public string? DerniereValeur { get; set; }

    /// <summary>Index of the person being read in the foyer, null outside a Personne block.</summary>
    public int? Personne { get; set; }

    public IReadOnlyList<ErreurSchema> Erreurs => erreurs;

    public ErreurSchema? Premiere => erreurs.Count > 0 ? erreurs[0] : null;

    public void Vider()
    {
        erreurs.Clear();
        DerniereValeur = null;
        Personne = null;
    }

    public void Noter(XmlReader lecteur, ValidationEventArgs e)
    {
        var champ = lecteur.LocalName.Length > 0 ? lecteur.LocalName : null;
        var surValeur = lecteur.NodeType is XmlNodeType.EndElement or XmlNodeType.Text && DerniereValeur is not null;
        var valeur = surValeur ? (lecteur.NodeType == XmlNodeType.Text ? lecteur.Value : DerniereValeur) : null;
        if (valeur is not null && EspacesSeulement(lecteur, valeur)) return;
        var motif = surValeur
            ? $"La valeur « {valeur} » du champ {champ} ne respecte pas le schéma (longueur, type, format de date ou nombre de chiffres)."
            : $"Le bloc {champ} n'a pas la structure du schéma (élément obligatoire manquant, en trop ou mal placé).";
        erreurs.Add(new ErreurSchema(e.Exception.LineNumber, champ, valeur, motif + " Détail technique : " + e.Message, Personne));
    }

    private static bool EspacesSeulement(XmlReader lecteur, string valeur)
    {
        var nette = valeur.Trim();
        if (nette.Length == valeur.Length || lecteur.SchemaInfo?.SchemaType is not XmlSchemaSimpleType type || type.Datatype is not { } datatype) return false;
        try
        {
            datatype.ParseValue(nette, null, null);
            return true;
        }
        catch (XmlSchemaException)
        {
            return false;
        }
    }
}
