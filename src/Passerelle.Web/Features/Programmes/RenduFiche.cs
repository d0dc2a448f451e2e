using Passerelle.Web.Platform.Pdf;

namespace Passerelle.Web.Features.Programmes;

/// <summary>The printable fiche-action: the same sections as its page, in the same order, on A4 pages.</summary>
public static class RenduFiche
{
    public static byte[] Pdf(VueFiche vue)
    {
        var c = vue.Contenu;
        using var document = MiseEnPageA4.Document($"Fiche-action {vue.Element.Code}");
        var mise = new MiseEnPageA4(document);
        mise.NouvellePage();
        mise.Paragraphe(vue.Programme.Titre, MiseEnPageA4.Texte);
        mise.Paragraphe($"{vue.Element.Niveau.Libelle()} {vue.Element.Code} — {vue.Element.Titre}", MiseEnPageA4.Titre);
        if (vue.VersionAffichee is int version) mise.Paragraphe($"Version {version} de la fiche", MiseEnPageA4.Gras);
        mise.Espace(8);
        Section(mise, "Pilote", c.Pilote);
        Section(mise, "Copilotes", c.Copilotes);
        Section(mise, "Partenaires", c.Partenaires);
        Section(mise, "Opérateurs", c.Operateurs);
        Section(mise, "Territoires", c.Territoires);
        Section(mise, "Contexte", c.Contexte);
        Section(mise, "Objectifs", c.Objectifs);
        Section(mise, "Public visé", c.Public);
        Section(mise, "Contenu et modalités", c.Contenu);
        Section(mise, "Calendrier", c.Calendrier);
        Section(mise, "Moyens", c.Moyens);
        Section(mise, "Livrables", c.Livrables);
        Section(mise, "Indicateurs", [.. c.Indicateurs.Select(i => $"{i.Libelle} ({i.Unite.Libelle()}, {i.Source.Libelle()}" +
            (i.Cibles.Count > 0 ? $" ; cibles : {string.Join(", ", i.Cibles.Select(x => $"{x.Key} : {x.Value:0.##}"))}" : "") + ")")]);
        Section(mise, "Financements", [.. c.Financements.Select(f => $"{f.Financeur.Libelle()}{(f.Annee is int a ? $" {a}" : "")} : {LibellesProgramme.Euros(f.Montant)}{(f.Libelle is { } l ? $" ({l})" : "")}")]);
        Section(mise, "Sous-actions", [.. vue.SousActions.Select(s => $"{s.Code} — {s.Titre}")]);
        mise.Terminer();
        return MiseEnPageA4.Octets(document);
    }

    private static void Section(MiseEnPageA4 mise, string titre, string? texte)
    {
        if (texte is null) return;
        mise.Paragraphe(titre, MiseEnPageA4.SousTitre);
        mise.Paragraphes(texte, MiseEnPageA4.Texte);
        mise.Espace(6);
    }

    private static void Section(MiseEnPageA4 mise, string titre, IReadOnlyList<string> elements)
    {
        if (elements.Count > 0) Section(mise, titre, string.Join('\n', elements.Select(e => "• " + e)));
    }
}
