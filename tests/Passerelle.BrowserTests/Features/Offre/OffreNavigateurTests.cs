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
        await LoginAsync("operateur@49");
        await Page.GotoAsync("/offre/gestion");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Décrire une nouvelle action" }).ClickAsync();
        await Page.GetByLabel("Fiche-action du programme").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.GetByLabel("Nom de l'action").FillAsync(nom);
        await Page.GetByLabel("Description").FillAsync("Réparer sa voiture à petit prix avec un mécanicien, pour garder son emploi.");
        await Page.GetByLabel("Type d'action").SelectOptionAsync("accompagnement");
        await Page.GetByLabel("Entretenir et réparer son véhicule").CheckAsync(new() { Force = true });
        await Page.GetByLabel("Commune").FillAsync("Saumur");
        await Page.GetByLabel("Places financées").FillAsync("01/01/2020 → 31/12/2040 : 20");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(nom);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Demander la publication" }).ClickAsync();
        await Expect(Page.Locator("#statut-action")).ToContainTextAsync("en attente de publication");
        await LogoutAsync();

        await LoginAsync("agent@49");
        await Page.GotoAsync("/offre/gestion");
        await Page.GetByRole(AriaRole.Link, new() { Name = nom }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();
        await Expect(Page.Locator("#statut-action")).ToHaveCountAsync(0);
        await LogoutAsync();

        await LoginAsync("referent@49");
        await Page.GotoAsync("/offre");
        await Page.GetByLabel("Frein à lever").SelectOptionAsync("mobilite");
        await Page.GetByLabel("Commune de la personne").FillAsync("Saumur");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Chercher dans l'offre" }).ClickAsync();
        var carte = Page.Locator("#cartes-offre .fr-card").Filter(new() { HasText = nom });
        await Expect(carte).ToContainTextAsync("(dans la commune)");
        await Expect(carte).ToContainTextAsync("20 place(s) financée(s)");
        await AssertAccessibleAsync();
        await carte.GetByRole(AriaRole.Link, new() { Name = nom }).ClickAsync();
        await Expect(Page.Locator("#places")).ToContainTextAsync("20 place(s)");
        await AssertAccessibleAsync();
    }
}
