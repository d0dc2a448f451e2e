using Passerelle.Web.Platform.Pdf;

namespace Passerelle.Web.Features.Envois;

/// <summary>Merges data into a template and lays letters out as A4 PDF pages.</summary>
public static class RenduCourrier
{
    private const double ColonneAdresse = 320;

    public static MessageFusionne Fusion(ContenuModele modele, IReadOnlyDictionary<string, string> champs) =>
        new(Remplacer(modele.Objet, champs), Remplacer(modele.Corps, champs), modele.SmsTexte is null ? null : Remplacer(modele.SmsTexte, champs));

    /// <summary>A missing value merges as empty text: the template was validated, the data may be partial.</summary>
    public static string Remplacer(string texte, IReadOnlyDictionary<string, string> champs) =>
        ChampsFusion.Marque().Replace(texte, m => champs.TryGetValue(m.Groups[1].Value.Trim(), out var v) ? v : "");

    public static byte[] Pdf(Courrier courrier) => Pdf([courrier]);

    /// <summary>One document for a batch: each letter starts on a new page, so the batch prints in one go.</summary>
    public static byte[] Pdf(IEnumerable<Courrier> courriers)
    {
        using var document = MiseEnPageA4.Document("Courriers");
        foreach (var courrier in courriers) Ecrire(new MiseEnPageA4(document), courrier);
        return MiseEnPageA4.Octets(document);
    }

    private static void Ecrire(MiseEnPageA4 mise, Courrier courrier)
    {
        mise.NouvellePage();
        mise.Ligne(courrier.Departement, MiseEnPageA4.Titre);
        mise.Ligne("Conseil départemental – service insertion", MiseEnPageA4.Texte);
        mise.Y = 150;
        foreach (var ligne in courrier.Destinataire) mise.Ligne(ligne, MiseEnPageA4.Texte, ColonneAdresse);
        mise.Espace(24);
        if (courrier.Date.Length > 0) mise.Ligne($"Le {courrier.Date}", MiseEnPageA4.Texte, ColonneAdresse);
        mise.Y = Math.Max(mise.Y + 24, 290);
        mise.Paragraphe($"Objet : {courrier.Objet}", MiseEnPageA4.Gras);
        mise.Espace(MiseEnPageA4.Texte.Height);
        mise.Paragraphes(courrier.Corps, MiseEnPageA4.Texte);
        mise.Terminer();
    }
}
