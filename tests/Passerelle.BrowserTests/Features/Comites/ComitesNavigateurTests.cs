using System.Globalization;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Comites;

/// <summary>
/// A pilot records a comité de pilotage, its member institutions and a past meeting with its attendance, then reads each
/// institution's participation rate; a reader reads the instance without an edit button and is refused its edit page.
/// </summary>
[Collection(EnvironnementNavigateur.Collection)]
public sealed class ComitesNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Pilote_tient_une_reunion_du_comite_de_pilotage_et_lit_la_participation_le_lecteur_ne_modifie_rien()
    {
        var marque = Guid.NewGuid().ToString("N")[..6];
        var (nom, caf, ddets) = ($"Comité de pilotage PTI {marque}", $"CAF {marque}", $"DDETS {marque}");
        await LoginAsync("pilote@49");
        await Page.GotoAsync("/comites");
        await AssertAccessibleAsync();
        await Page.Locator("#nouvelle-instance").ClickAsync();
        await Page.Locator("#Saisie_Nom").FillAsync(nom);
        await Page.Locator("#Saisie_Type").SelectOptionAsync("Pilotage");
        await Page.Locator("#Saisie_Frequence").SelectOptionAsync("Annuelle");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = nom, Level = 1 })).ToBeVisibleAsync();
        foreach (var (institution, type) in new[] { (caf, "Caf"), (ddets, "Etat") })
        {
            await Page.Locator("#Membre_Nom").FillAsync(institution);
            await Page.Locator("#Membre_Type").SelectOptionAsync(type);
            await Page.Locator("#form-membre").GetByRole(AriaRole.Button, new() { Name = "Ajouter" }).ClickAsync();
            await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("ajoutée aux membres");
        }
        var id = new Uri(Page.Url).AbsolutePath.Split('/')[^1];

        await Page.Locator("#nouvelle-reunion").ClickAsync();
        await Page.Locator("#Saisie_Date").FillAsync(HeureDeTest.Aujourdhui.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.Locator("#Saisie_Lieu").FillAsync("Hôtel du Département, salle 2");
        await Page.GetByLabel("Ordre du jour").FillAsync("Bilan annuel du PTI");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Réunion du");
        var presences = Page.Locator("#form-presences");
        await presences.Locator("fieldset", new() { HasText = caf }).GetByText("Présente", new() { Exact = true }).ClickAsync();
        await presences.Locator("fieldset", new() { HasText = caf }).GetByLabel("Représentants").FillAsync("2");
        await presences.Locator("fieldset", new() { HasText = ddets }).GetByText("Excusée", new() { Exact = true }).ClickAsync();
        await presences.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les présences" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Présences enregistrées");
        await AssertAccessibleAsync();

        await Page.GotoAsync($"/comites/{id}");
        await Expect(Page.Locator("#membres tr", new() { HasText = caf }).Locator(".taux")).ToHaveTextAsync("100 %");
        await Expect(Page.Locator("#membres tr", new() { HasText = ddets }).Locator(".taux")).ToHaveTextAsync("0 %");
        await AssertAccessibleAsync();
        await Page.GotoAsync("/comites/indicateurs");
        await Expect(Page.Locator("#participation tr", new() { HasText = caf }).Locator(".taux")).ToHaveTextAsync("100 %");
        await Expect(Page.Locator($"#par-instance tr[data-comite='{id}'] .tenues")).ToHaveTextAsync("1");
        await AssertAccessibleAsync();
        await LogoutAsync();

        await LoginAsync("lecteur@49");
        await Page.GotoAsync($"/comites/{id}");
        await Expect(Page.Locator("#membres tr", new() { HasText = caf }).Locator(".taux")).ToHaveTextAsync("100 %");
        await Expect(Page.Locator("#modifier-instance")).ToHaveCountAsync(0);
        await Expect(Page.Locator("#nouvelle-reunion")).ToHaveCountAsync(0);
        await AssertAccessibleAsync();
        await Page.GotoAsync($"/comites/edition/{id}");
        Assert.EndsWith("/erreur/403", new Uri(Page.Url).AbsolutePath, StringComparison.Ordinal);
    }
}
