using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Tests.Features.Utilisateurs;

public sealed class ListeUtilisateursTests(Application app) : IClassFixture<Application>
{
    private static List<string> Noms(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#utilisateurs tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

    [Fact]
    public async Task Recherche_par_nom_ou_adresse_trouve_le_compte_sans_tenir_compte_de_la_casse()
    {
        var nom = $"Cherché{Guid.NewGuid():N}";
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Lecteur, nom: nom);
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        Assert.Equal([$"{nom} Test"], Noms(await admin.PageAsync($"/administration/utilisateurs?Recherche={Uri.EscapeDataString(nom.ToUpperInvariant())}")));
        Assert.Equal([$"{nom} Test"], Noms(await admin.PageAsync($"/administration/utilisateurs?Recherche={Uri.EscapeDataString(email.Split('@')[0])}")));
    }

    [Fact]
    public async Task Filtres_par_role_et_par_etat_retiennent_les_seuls_comptes_voulus()
    {
        var marque = $"Filtre{Guid.NewGuid():N}";
        await ComptesDeTest.CreerCompteAsync(app, "49", Role.PiloteProgramme, nom: $"{marque}A");
        await ComptesDeTest.CreerCompteAsync(app, "49", Role.Lecteur, nom: $"{marque}B", actif: false);
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        Assert.Equal([$"{marque}A Test"], Noms(await admin.PageAsync($"/administration/utilisateurs?Recherche={marque}&RoleFiltre=PiloteProgramme")));
        var desactives = await admin.PageAsync($"/administration/utilisateurs?Recherche={marque}&Actif=false");
        Assert.Equal([$"{marque}B Test"], Noms(desactives));
        Assert.Contains("Désactivé", desactives.QuerySelector("#utilisateurs tbody")?.TextContent, StringComparison.Ordinal);
        Assert.Equal([$"{marque}A Test", $"{marque}B Test"], Noms(await admin.PageAsync($"/administration/utilisateurs?Recherche={marque}")));
    }

    [Fact]
    public async Task Liste_est_paginee_et_garde_les_filtres_dans_les_liens()
    {
        var total = await app.DansDepartementAsync("49", db => db.UtilisateursDuDepartement().CountAsync());
        Assert.True(total > Pagination.TailleParDefaut, "Les données de démonstration du 49 remplissent plus d'une page.");
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var premiere = await admin.PageAsync("/administration/utilisateurs?Actif=true");
        var seconde = await admin.PageAsync("/administration/utilisateurs?Actif=true&numero=2");

        Assert.Equal(Pagination.TailleParDefaut, Noms(premiere).Count);
        Assert.Empty(Noms(premiere).Intersect(Noms(seconde)));
        var suivante = premiere.QuerySelector(".fr-pagination__link--next")?.GetAttribute("href");
        Assert.Equal("/administration/utilisateurs?Actif=true&numero=2", suivante);
        Assert.Equal("page", premiere.QuerySelector(".fr-pagination [aria-current=page]")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Liste_ne_montre_jamais_les_comptes_d_un_autre_departement()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        Assert.Empty(Noms(await admin.PageAsync("/administration/utilisateurs?Recherche=%4037.passerelle.test")));
        Assert.NotEmpty(Noms(await admin.PageAsync("/administration/utilisateurs?Recherche=%4049.passerelle.test")));
    }
}
