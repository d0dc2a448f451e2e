using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Support;

public abstract partial class TestNavigateur
{
    /// <summary>
    /// The demo operator of 49 describes an action of its structure and asks for its publication; the agent publishes it.
    /// Signs out at the end. Returns the action's id.
    /// </summary>
    protected async Task<int> PublierActionAsync(string nom, string thematique, string commune, int places)
    {
        await LoginAsync("operateur@49");
        await Page.GotoAsync("/offre/gestion");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Décrire une nouvelle action" }).ClickAsync();
        await Page.GetByLabel("Fiche-action du programme").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.GetByLabel("Nom de l'action").FillAsync(nom);
        await Page.GetByLabel("Description").FillAsync("Réparer sa voiture à petit prix avec un mécanicien, pour garder son emploi.");
        await Page.GetByLabel("Type d'action").SelectOptionAsync("accompagnement");
        await Page.GetByLabel(thematique).CheckAsync(new() { Force = true });
        await Page.GetByLabel("Commune").FillAsync(commune);
        await Page.GetByLabel("Places financées").FillAsync($"01/01/2020 → 31/12/2040 : {places}");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(nom);
        var id = int.Parse(Page.Url.Split('/')[^1].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Demander la publication" }).ClickAsync();
        await Expect(Page.Locator("#statut-action")).ToContainTextAsync("en attente de publication");
        await LogoutAsync();

        await LoginAsync("agent@49");
        await Page.GotoAsync("/offre/gestion");
        await Page.GetByRole(AriaRole.Link, new() { Name = nom }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();
        await Expect(Page.Locator("#statut-action")).ToHaveCountAsync(0);
        await LogoutAsync();
        return id;
    }
}
