using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Accessibilite;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class DeclarationTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Declaration_d_accessibilite_s_ouvre_depuis_le_pied_de_page_sans_connexion()
    {
        await Page.GotoAsync("/connexion");
        await Page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Accessibilité : partiellement conforme" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Déclaration d'accessibilité");
        await Expect(Page.GetByRole(AriaRole.Main)).ToContainTextAsync("partiellement conforme");
        await AssertAccessibleAsync();
    }
}
