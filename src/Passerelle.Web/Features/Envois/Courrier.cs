namespace Passerelle.Web.Features.Envois;

/// <summary>One letter ready to print: who sends it, to whom, when, and its merged text.</summary>
public sealed record Courrier(string Departement, IReadOnlyList<string> Destinataire, string Date, string Objet, string Corps)
{
    /// <summary>The letter of a merged template, addressed from the person's merge fields.</summary>
    public static Courrier Depuis(MessageFusionne message, IReadOnlyDictionary<string, string> champs)
    {
        string Lire(string champ) => champs.TryGetValue(champ, out var v) ? v.Trim() : "";
        var nom = string.Join(' ', new[] { Lire(ChampsFusion.Civilite), Lire(ChampsFusion.Prenom), Lire(ChampsFusion.Nom) }.Where(p => p.Length > 0));
        var lignes = new[] { nom, Lire(ChampsFusion.Adresse), Lire(ChampsFusion.CodePostalVille) }.Where(l => l.Length > 0).ToList();
        return new Courrier(Lire(ChampsFusion.Departement), lignes, Lire(ChampsFusion.DateDuJour), message.Objet, message.Corps);
    }
}
