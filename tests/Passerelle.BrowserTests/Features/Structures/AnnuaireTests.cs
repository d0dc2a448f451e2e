using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Structures;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class AnnuaireTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Referent_consulte_la_fiche_de_sa_structure_mais_pas_l_administration()
    {
        await LoginAsync("referent@49");
        var habilitation = Page.GetByRole(AriaRole.Table, new() { Name = "Vos rôles et leur périmètre" }).GetByRole(AriaRole.Row).Nth(1);
        await Expect(habilitation.GetByRole(AriaRole.Cell).First).ToHaveTextAsync("Référent");
        var structure = await habilitation.GetByRole(AriaRole.Cell).Nth(1).InnerTextAsync();

        var menu = Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
        await Expect(menu.GetByRole(AriaRole.Button, new() { Name = "Administration" })).ToHaveCountAsync(0);
        await menu.GetByRole(AriaRole.Link, new() { Name = "Annuaire des structures" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Annuaire des structures");
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Search).GetByLabel("Nom, SIRET ou commune").FillAsync(structure);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        var structures = Page.GetByRole(AriaRole.Table, new() { Name = "Structures de votre périmètre" });
        await structures.GetByRole(AriaRole.Link, new() { Name = structure, Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(structure);
        await Expect(Page.Locator("#identite")).ToContainTextAsync("CCAS / CIAS");
        await Expect(Page.Locator("#coordonnees")).ToContainTextAsync("INSEE");
        await Expect(Page.Locator("#territoires-desservis")).Not.ToBeEmptyAsync();
        await AssertAccessibleAsync();

        var refus = await Page.GotoAsync("/administration/structures");
        Assert.Equal(403, refus?.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accès refusé");
        await AssertAccessibleAsync();
    }
}
