using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Acces;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class ConnexionTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Page_de_connexion_est_accessible()
    {
        await Page.GotoAsync("/connexion");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Connexion à Passerelle");
        await AssertAccessibleAsync();
    }

    [Theory]
    [MemberData(nameof(EspacesDeDemo.Tous), MemberType = typeof(EspacesDeDemo))]
    public async Task Connexion_de_chaque_role_arrive_sur_son_espace_puis_deconnexion(string login, string espace)
    {
        await LoginAsync(login);
        await Expect(Page).ToHaveURLAsync(new Uri(Application.Adresse, "/").ToString());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(espace);
        await AssertAccessibleAsync();

        await Page.Locator("#utilisateur-connecte").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mon compte");
        await AssertAccessibleAsync();

        await LogoutAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Connexion à Passerelle");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Vous êtes déconnecté.");
    }

    [Fact]
    public async Task Mauvais_mot_de_passe_affiche_l_erreur_en_francais()
    {
        await Page.GotoAsync("/connexion");
        await RemplirIdentifiantsAsync("referent@37", "pas-le-bon-mot-de-passe");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Adresse électronique ou mot de passe incorrect.");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Connexion à Passerelle");
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task Formulaire_vide_signale_chaque_champ_en_francais()
    {
        await Page.GotoAsync("/connexion");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(Page.GetByLabel("Adresse électronique")).ToHaveAccessibleDescriptionAsync("Saisissez votre adresse électronique.");
        await Expect(Page.GetByLabel("Mot de passe")).ToHaveAccessibleDescriptionAsync("Saisissez votre mot de passe.");
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task Page_du_second_facteur_est_accessible()
    {
        await Page.GotoAsync("/connexion");
        await RemplirIdentifiantsAsync("admin@37", Web.Features.Demo.DonneesDemo.MotDePasse);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Code de vérification");
        await AssertAccessibleAsync();
    }
}
