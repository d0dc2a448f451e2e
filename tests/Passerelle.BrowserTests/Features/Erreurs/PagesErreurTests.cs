using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Erreurs;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class PagesErreurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Referent_sur_une_page_d_administration_voit_l_acces_refuse()
    {
        await LoginAsync("referent@49");
        var reponse = await Page.GotoAsync("/administration/structures");
        Assert.Equal(403, reponse?.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accès refusé");
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task Adresse_inconnue_affiche_la_page_non_trouvee()
    {
        await LoginAsync("agent@49");
        var reponse = await Page.GotoAsync("/cette-page-n-existe-pas");
        Assert.Equal(404, reponse?.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page non trouvée");
        await AssertAccessibleAsync();
    }
}
