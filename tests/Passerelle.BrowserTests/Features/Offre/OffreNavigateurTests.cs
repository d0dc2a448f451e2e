using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Offre;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class OffreNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Operateur_decrit_une_action_l_agent_la_publie_et_le_referent_la_trouve_par_frein_pres_d_une_commune()
    {
        var nom = "Garage solidaire " + Guid.NewGuid().ToString("N")[..6];
        await PublierActionAsync(nom, "Entretenir et réparer son véhicule", "Saumur", 20);

        await LoginAsync("referent@49");
        await Page.GotoAsync("/offre");
        await Page.GetByLabel("Frein à lever").SelectOptionAsync("mobilite");
        await Page.GetByLabel("Commune de la personne").FillAsync("Saumur");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Chercher dans l'offre" }).ClickAsync();
        var carte = Page.Locator("#cartes-offre .fr-card").Filter(new() { HasText = nom });
        await Expect(carte).ToContainTextAsync("(dans la commune)");
        await Expect(carte).ToContainTextAsync("20 place(s) libre(s) sur 20 financée(s)");
        await AssertAccessibleAsync();
        await carte.GetByRole(AriaRole.Link, new() { Name = nom }).ClickAsync();
        await Expect(Page.Locator("#places")).ToContainTextAsync("20 place(s)");
        await AssertAccessibleAsync();
    }
}
