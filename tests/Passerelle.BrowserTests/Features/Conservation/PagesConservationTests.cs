using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Conservation;

/// <summary>The retention page as the département's administrator uses it, and the export action on a person's page.</summary>
[Collection(EnvironnementNavigateur.Collection)]
public sealed class PagesConservationTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Administrateur_simule_avant_d_anonymiser()
    {
        await LoginAsync("admin@49");
        await Page.GotoAsync("/administration/conservation");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Conservation des données");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Simuler l'anonymisation" }).ClickAsync();
        await Expect(Page.Locator("#rapport caption")).ToContainTextAsync("conservation de 24 mois");
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task Agent_du_departement_voit_l_export_sur_la_fiche()
    {
        var personne = await Application.DansDepartementAsync("49", db => db.Personnes.Where(p => p.DossierCourantId != null).Select(p => p.Id).FirstAsync());
        await LoginAsync("agent@49");
        await Page.GotoAsync($"/personnes/{personne}");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Exporter ses données (PDF)" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }
}
