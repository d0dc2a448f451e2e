using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Tests.Features.Structures;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Employeurs;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class EmployeursNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Charge_de_relation_entreprise_enregistre_un_employeur_son_contact_et_une_visite()
    {
        var siret = SiretsDeTest.Nouveau();
        var nom = "Ébénisterie Navigateur " + Guid.NewGuid().ToString("N")[..6];
        await LoginAsync("charge-entreprise@49");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Employeurs" }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Employeurs", Level = 1 })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.Locator("#nouvel-employeur").ClickAsync();
        await Page.GetByLabel("SIRET").FillAsync(SiretsDeTest.AvecMauvaiseCle(siret));
        await Page.GetByLabel("Raison sociale").FillAsync(nom);
        await Page.GetByLabel("Code NAF").FillAsync("3109b");
        await Page.GetByLabel("Commune de l'établissement").FillAsync("Angers");
        await Page.GetByLabel("Effectif salarié").SelectOptionAsync("UnANeuf");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(Page.Locator("#siret-erreur")).ToHaveTextAsync("Le SIRET est invalide : sa clé de contrôle ne correspond pas.");
        await AssertAccessibleAsync();
        await Page.GetByLabel("SIRET").FillAsync(siret);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Employeur « {nom} » enregistré.");
        await Expect(Page.Locator("#identite-employeur")).ToContainTextAsync("31.09B");

        await Page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Léa Fontaine");
        await Page.GetByLabel("Fonction").FillAsync("Cheffe d'atelier");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le contact" }).ClickAsync();
        await Expect(Page.Locator("#contacts .contact")).ToContainTextAsync("Léa Fontaine");
        await Page.GetByLabel("Objet").FillAsync("Visite de l'atelier : deux postes d'apprenti à pourvoir.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Noter l'échange" }).ClickAsync();
        await Expect(Page.Locator("#echanges .echange")).ToContainTextAsync("deux postes d'apprenti");
        await AssertAccessibleAsync();

        await Page.GotoAsync($"/employeurs?Recherche={siret[..9]}");
        await Expect(Page.Locator("#employeurs tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#employeurs tbody tr")).ToContainTextAsync(nom);
    }
}
