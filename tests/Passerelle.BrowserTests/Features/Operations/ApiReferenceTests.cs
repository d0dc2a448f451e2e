using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Operations;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class ApiReferenceTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Documentation_de_l_api_est_accessible_depuis_le_pied_de_page()
    {
        await LoginAsync("pilote@49");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Documentation de l'API" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Documentation de l'API");
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Points d'accès" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }
}
