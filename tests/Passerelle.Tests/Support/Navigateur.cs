using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Platform;

namespace Passerelle.Tests.Support;

/// <summary>
/// An HTTP client that behaves like a browser for integration tests: keeps cookies, reads
/// pages, posts forms with their antiforgery token, signs in with the real sign-in pages.
/// </summary>
public sealed class Navigateur(HttpClient client) : IDisposable
{
    private static readonly HtmlParser Analyseur = new();

    public HttpClient Client => client;

    /// <summary>
    /// A browser without a session, over https as the sign-in cookie is Secure (a client keeping cookies would not
    /// send it over http); its API writes carry the anti-CSRF header, as the application's own scripts would.
    /// </summary>
    public static Navigateur Anonyme(WebApplicationFactory<Program> app)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Add(ProtectionCsrfApi.Entete, "passerelle");
        return new(client);
    }

    /// <summary>Signs in with a demo login (e.g. "referent@49"), answering the TOTP step for administrators.</summary>
    public static async Task<Navigateur> ConnecteAsync(WebApplicationFactory<Program> app, string login)
    {
        var navigateur = Anonyme(app);
        var reponse = await navigateur.SoumettreAsync("/connexion", new Dictionary<string, string>
        {
            ["Saisie.Email"] = Email(login),
            ["Saisie.MotDePasse"] = DonneesDemo.MotDePasse,
        });
        if (reponse.Headers.Location?.OriginalString.StartsWith("/connexion/second-facteur", StringComparison.Ordinal) == true)
        {
            await OublierDernierCodeTotpAsync(app, Email(login));
            reponse = await navigateur.SoumettreAsync(reponse.Headers.Location.OriginalString, new Dictionary<string, string> { ["Saisie.Code"] = CodeTotp() });
        }
        Assert.True(reponse.StatusCode == HttpStatusCode.Redirect, $"La connexion de {login} a échoué ({reponse.StatusCode}).");
        return navigateur;
    }

    /// <summary>
    /// A TOTP code is accepted once per account, and the demo accounts share one key: tests signing in several times
    /// within one 30-second step forget the last accepted step first (as if a step had passed).
    /// </summary>
    public static async Task OublierDernierCodeTotpAsync(WebApplicationFactory<Program> app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Passerelle.Web.Data.AppDbContext>();
        var normalise = email.ToUpperInvariant();
        await db.Users.Where(u => u.NormalizedEmail == normalise).ExecuteUpdateAsync(s => s.SetProperty(u => u.DernierPasTotp, (long?)null));
    }

    public static string Email(string login) => login.Contains('@', StringComparison.Ordinal) && login.Contains('.', StringComparison.Ordinal)
        ? login
        : $"{login}.passerelle.test";

    public static string CodeTotp() => new Totp(Base32Encoding.ToBytes(DonneesDemo.CleAuthentificateur)).ComputeTotp();

    public Task<HttpResponseMessage> GetAsync(string url) => client.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<IHtmlDocument> PageAsync(string url)
    {
        var reponse = await GetAsync(url);
        Assert.True(reponse.StatusCode == HttpStatusCode.OK, $"GET {url} : {reponse.StatusCode}");
        return await DocumentAsync(reponse);
    }

    public static async Task<IHtmlDocument> DocumentAsync(HttpResponseMessage reponse) =>
        await Analyseur.ParseDocumentAsync(await reponse.Content.ReadAsStringAsync());

    /// <summary>GETs the form page for its antiforgery token, then POSTs the fields to it (or to <paramref name="action"/>).</summary>
    public async Task<HttpResponseMessage> SoumettreAsync(string url, IEnumerable<KeyValuePair<string, string>> champs, string? action = null)
    {
        var page = await PageAsync(url);
        var jeton = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"Pas de jeton antiforgery dans {url}.");
        return await PosterAsync(action ?? url, champs, jeton);
    }

    public async Task<HttpResponseMessage> PosterAsync(string url, IEnumerable<KeyValuePair<string, string>> champs, string? jeton = null)
    {
        var valeurs = champs.ToList();
        if (jeton is not null) valeurs.Add(new("__RequestVerificationToken", jeton));
        using var contenu = new FormUrlEncodedContent(valeurs);
        return await client.PostAsync(new Uri(url, UriKind.Relative), contenu);
    }

    /// <summary>GETs the form page for its antiforgery token, then POSTs the fields and one file as multipart (or to <paramref name="action"/>).</summary>
    public async Task<HttpResponseMessage> DeposerAsync(string url, IEnumerable<KeyValuePair<string, string>> champs, string nomFichier, byte[] octets, string? action = null)
    {
        var page = await PageAsync(url);
        var jeton = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"Pas de jeton antiforgery dans {url}.");
        using var contenu = new MultipartFormDataContent { { new StringContent(jeton), "__RequestVerificationToken" } };
        foreach (var (nom, valeur) in champs) contenu.Add(new StringContent(valeur), nom);
        contenu.Add(new ByteArrayContent(octets), "fichier", nomFichier);
        return await client.PostAsync(new Uri(action ?? url, UriKind.Relative), contenu);
    }

    public void Dispose() => client.Dispose();
}
