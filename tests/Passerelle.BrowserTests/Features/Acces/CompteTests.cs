using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Acces;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class CompteTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Mot_de_passe_oublie_depuis_la_connexion_est_accessible_et_repond_sans_dire_si_le_compte_existe()
    {
        await Page.GotoAsync("/connexion");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Mot de passe oublié ?" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mot de passe oublié");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Adresse électronique").FillAsync("personne@49.passerelle.test");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Recevoir un lien" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Si cette adresse est celle d'un compte actif");
    }

    [Fact]
    public async Task Lien_invalide_le_dit_et_propose_un_nouveau_lien()
    {
        await Page.GotoAsync("/connexion/nouveau-mot-de-passe?jeton=inconnu");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ce lien n'est plus valable");
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task Changement_de_mot_de_passe_et_double_authentification_sont_accessibles()
    {
        await LoginAsync("referent@49");
        await Page.GotoAsync("/compte");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Changer mon mot de passe" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Changer mon mot de passe");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Changer mon mot de passe" }).ClickAsync();
        await Expect(Page.Locator("#Saisie_MotDePasseActuel-erreur")).ToHaveTextAsync("Saisissez votre mot de passe actuel.");

        await Page.GotoAsync("/compte/double-authentification");
        await Expect(Page.GetByRole(AriaRole.Img, new() { Name = "QR code de configuration" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }
}
