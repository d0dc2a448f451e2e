using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Programmes;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class ProgrammesNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Pilote_de_la_Sarthe_descend_l_arbre_du_PTI_jusqu_a_la_fiche_I3a1_et_ses_indicateurs()
    {
        await AjouterLaSartheAsync();
        await LoginAsync("pilote@72");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).GetByRole(AriaRole.Link, new() { Name = "Programmes" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Pacte Territorial pour l'Insertion 2017-2021" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pacte Territorial pour l'Insertion 2017-2021");
        var arbre = Page.Locator("#arbre");
        await Expect(arbre.Locator("#element-I > span").First).ToContainTextAsync("Développer l'accompagnement des personnes");
        await Expect(arbre.Locator("#element-I3a")).ToContainTextAsync("action regroupant des sous-actions");
        await AssertAccessibleAsync();

        await arbre.Locator("#element-I3a1 > a").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Sous-action I3a1");
        await Expect(Page.Locator("#fiche-pilote")).ToHaveTextAsync("Département");
        var indicateurs = Page.GetByRole(AriaRole.Table, new() { Name = "Indicateurs de la fiche I3a1" });
        await Expect(indicateurs).ToContainTextAsync("Nombre de financeurs de la plateforme Mobilité, par type de prestation (préciser le volume)");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Modifier la fiche" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "vous êtes ici :" })).ToContainTextAsync("I3a");
        await AssertAccessibleAsync();
    }

    private static readonly SemaphoreSlim Verrou = new(1, 1);

    /// <summary>The shared test application holds 49 and 37; Sarthe (72), whose PTI this test reads, is added once through the demo's own builder.</summary>
    private async Task AjouterLaSartheAsync()
    {
        await Verrou.WaitAsync();
        try
        {
            await using var scope = Application.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Departements.AnyAsync(d => d.Code == "72")) return;
            await DonneesDemo.RemplirAsync(Application.Services, new OptionsDemo(Departements: ["72"], ReferentsParStructure: 1, Foyers: 0));
        }
        finally
        {
            Verrou.Release();
        }
    }
}
