using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Demo;

namespace Passerelle.BrowserTests.Support;

/// <summary>
/// Base of a browser test class: a fresh browser context and page per test, plus what users do
/// on every page (sign in, sign out) and the accessibility check. A test class derives from it
/// and carries <c>[Collection(EnvironnementNavigateur.Collection)]</c> (xunit does not inherit it):
/// <code>
/// [Collection(EnvironnementNavigateur.Collection)]
/// public sealed class StructuresTests(EnvironnementNavigateur e) : TestNavigateur(e)
/// {
///     [Fact]
///     public async Task Creation_valide_affiche_la_confirmation()
///     {
///         await LoginAsync("admin@49");
///         await Page.GotoAsync("/administration/structures/nouvelle");
///         await AssertAccessibleAsync();
///         // fill the form with Page.GetByLabel(...), submit, Expect(...) the flash message
///     }
/// }
/// </code>
/// </summary>
public abstract partial class TestNavigateur(EnvironnementNavigateur environnement) : IAsyncLifetime
{
    private IBrowserContext contexte = null!;

    protected IPage Page { get; private set; } = null!;

    protected ApplicationKestrel Application => environnement.Application;

    public async Task InitializeAsync()
    {
        contexte = await environnement.Navigateur.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Application.Adresse.ToString(),
            Locale = "fr-FR",
        });
        Page = await contexte.NewPageAsync();
    }

    public async Task DisposeAsync() => await contexte.DisposeAsync();

    /// <summary>
    /// Signs in through the real pages with a demo login ("agent@49", "admin@49"…), typing the
    /// TOTP code for administrators, and waits for the page that follows.
    /// </summary>
    protected async Task LoginAsync(string login)
    {
        await Page.GotoAsync("/connexion");
        await RemplirIdentifiantsAsync(login, DonneesDemo.MotDePasse);
        await Page.WaitForURLAsync(url => !EstPageDeConnexion(url) || EstSecondFacteur(url));
        if (EstSecondFacteur(Page.Url))
        {
            await Navigateur.OublierDernierCodeTotpAsync(Application, Navigateur.Email(login));
            await SaisirCodeTotpAsync(essaisRestants: 2);
        }
    }

    /// <summary>
    /// Types the current TOTP code. A code computed at the very end of its 30-second step can be
    /// refused; the page then says so and a fresh code is typed once more. Any other outcome fails
    /// with what the page shows.
    /// </summary>
    private async Task SaisirCodeTotpAsync(int essaisRestants)
    {
        await Page.GetByLabel("Code à 6 chiffres").FillAsync(Navigateur.CodeTotp());
        var reponse = await Page.RunAndWaitForResponseAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync(),
            r => r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath == "/connexion/second-facteur");
        if (reponse.Status == 302)
        {
            await Page.WaitForURLAsync(url => !EstPageDeConnexion(url));
            return;
        }
        var message = await Page.Locator("#Saisie_Code-erreur").TextContentAsync();
        if (essaisRestants <= 1) throw new InvalidOperationException($"Second facteur refusé : {message}");
        await SaisirCodeTotpAsync(essaisRestants - 1);
    }

    /// <summary>Fills and sends the sign-in form that is on screen, as a user would.</summary>
    protected async Task RemplirIdentifiantsAsync(string login, string motDePasse)
    {
        await Page.GetByLabel("Adresse électronique").FillAsync(Navigateur.Email(login));
        await Page.GetByLabel("Mot de passe").FillAsync(motDePasse);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
    }

    /// <summary>Clicks "Se déconnecter" in the header and waits for the sign-in page.</summary>
    protected async Task LogoutAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).First.ClickAsync();
        await Page.WaitForURLAsync(PageDeConnexion());
    }

    /// <summary>Runs axe-core on the page as it is now; fails on any serious or critical violation.</summary>
    protected Task AssertAccessibleAsync(IPage? page = null) => Accessibilite.VerifierAsync(page ?? Page);

    protected static Regex PageDeConnexion() => PageDeConnexionRegex();

    private static bool EstPageDeConnexion(string url) => new Uri(url).AbsolutePath.StartsWith("/connexion", StringComparison.Ordinal);

    private static bool EstSecondFacteur(string url) => new Uri(url).AbsolutePath == "/connexion/second-facteur";

    [GeneratedRegex(@"/connexion(\?|$)")]
    private static partial Regex PageDeConnexionRegex();
}
