using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;
using static Passerelle.BrowserTests.Features.Administration.ParcoursAdministrateur;

namespace Passerelle.BrowserTests.Features.Utilisateurs;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class ComptesTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    private const string Structure = "Mission locale Angers Loire Métropole";

    [Fact]
    public async Task Compte_cree_avec_une_habilitation_puis_desactive_ne_peut_plus_se_connecter()
    {
        var nom = Unique("Essai");
        var email = $"compte-{Guid.NewGuid():N}@exemple.fr";
        await LoginAsync("admin@49");

        await OuvrirDepuisLeMenuAsync(Page, "Utilisateurs");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Créer un compte" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Créer un compte");
        await AssertAccessibleAsync();
        await RemplirCompteAsync(Page, "Camille", nom, email, "Référent", Structure);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Créer le compte" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Le compte de Camille {nom} est créé.");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Camille {nom}");
        await Expect(Page.Locator("#compte")).ToContainTextAsync(email);
        await Expect(Page.Locator("#compte")).ToContainTextAsync("Actif");
        var habilitation = Page.GetByRole(AriaRole.Table, new() { Name = "Habilitations du compte" }).GetByRole(AriaRole.Row).Nth(1);
        await Expect(habilitation).ToContainTextAsync("Référent");
        await Expect(habilitation).ToContainTextAsync(Structure);
        await AssertAccessibleAsync();

        await using (var personne = await NavigateurDeAsync(email))
            await Expect(personne.Pages[0].GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Espace référent");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Désactiver le compte" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Le compte est désactivé : ses sessions ouvertes sont fermées.");
        await Expect(Page.Locator("#compte")).ToContainTextAsync("Désactivé");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Réactiver le compte" })).ToBeVisibleAsync();

        await using (var personne = await NavigateurDeAsync(email))
        {
            var connexion = personne.Pages[0];
            await Expect(connexion.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ce compte est désactivé. Contactez l'administrateur de votre département.");
            await Expect(connexion.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Connexion à Passerelle");
        }

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "vous êtes ici :" }).GetByRole(AriaRole.Link, new() { Name = "Utilisateurs" }).ClickAsync();
        await Champ(Page, "Nom, prénom ou adresse électronique").FillAsync(email);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        var ligne = Page.GetByRole(AriaRole.Table, new() { Name = "Comptes du département" }).GetByRole(AriaRole.Row).Nth(1);
        await Expect(ligne).ToContainTextAsync($"{nom} Camille");
        await Expect(ligne).ToContainTextAsync("Référent");
        await Expect(ligne).ToContainTextAsync("Désactivé");
        await AssertAccessibleAsync();
    }

    /// <summary>The account's owner on their own computer: another browser context, signing in with the initial password.</summary>
    private async Task<IBrowserContext> NavigateurDeAsync(string email)
    {
        var contexte = await Page.Context.Browser!.NewContextAsync(new() { BaseURL = Application.Adresse.ToString(), Locale = "fr-FR" });
        var page = await contexte.NewPageAsync();
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(MotDePasseInitial);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        return contexte;
    }
}
