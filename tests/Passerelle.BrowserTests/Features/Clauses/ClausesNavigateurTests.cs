using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Clauses;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class ClausesNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Facilitateur_enregistre_un_marche_saisit_un_mois_d_heures_et_voit_le_total_annuel()
    {
        var numero = "NAV-" + Guid.NewGuid().ToString("N")[..8];
        await LoginAsync("facilitateur@49");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tableau de bord des clauses" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Clauses sociales", Level = 1 })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GotoAsync("/clauses/marches/edition");
        await Page.GetByLabel("Numéro du marché").FillAsync(numero);
        await Page.GetByLabel("Acheteur").FillAsync("Département de Maine-et-Loire");
        await Page.GetByLabel("Objet du marché").FillAsync("Réhabilitation du collège Jean Vilar");
        await Page.GetByLabel("Date de début").FillAsync("2025-01-01");
        await Page.GetByLabel("Date de fin").FillAsync("2025-12-31");
        await Page.GetByLabel("Heures d'insertion exigées").FillAsync("1200");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Marché n° {numero} enregistré");

        await Page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Navigateur");
        await Page.GetByLabel("Prénom").FillAsync("Samia");
        await Page.GetByLabel("Date de naissance").FillAsync("1988-04-12");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Inscrire le participant" }).ClickAsync();
        await Expect(Page.Locator("#participants .participant")).ToContainTextAsync("Samia Navigateur");
        await AssertAccessibleAsync();

        await Page.GetByLabel("Mois à saisir").FillAsync("2025-05");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Saisir les heures du mois" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Heures réalisées en mai 2025" })).ToBeVisibleAsync();
        await Page.GetByLabel("Samia Navigateur").FillAsync("140");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le mois" }).ClickAsync();
        await Expect(Page.Locator(".fr-error-text")).ToContainTextAsync("ne peut avoir plus de 133 h en mai 2025");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Samia Navigateur").FillAsync("120,5");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le mois" }).ClickAsync();
        await Expect(Page.Locator("#totaux-annuels tr[data-annee='2025'] .realisees")).ToHaveTextAsync("120,5");
        await AssertAccessibleAsync();

        await Page.GotoAsync("/clauses?De=2025&A=2025");
        await Expect(Page.Locator("#par-marche")).ToContainTextAsync(numero);
        await AssertAccessibleAsync();
    }
}
