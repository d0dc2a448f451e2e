using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Passerelle.Tests.Support;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Erreurs;

/// <summary>
/// The API answers every error in problem+json, never with the French HTML page, whatever the
/// environment; an unexpected error is logged with the path that failed, not the error page's.
/// </summary>
public sealed class ErreursApiTests(Application app) : IClassFixture<Application>
{
    /// <summary>Requests carrying this header make <see cref="CurrentUser"/> fail, as a broken dependency would.</summary>
    private const string EntetePanne = "X-Panne-Simulee";

    public static TheoryData<string> Environnements => ["Test", "Development", "Production"];

    [Theory]
    [MemberData(nameof(Environnements))]
    public async Task Erreurs_api_repondent_en_problem_json_dans_chaque_environnement(string environnement)
    {
        await using var instance = EnPanne(app.WithWebHostBuilder(b => b.UseEnvironment(environnement)), new JournalCapture());
        using var anonyme = Navigateur.Anonyme(instance);
        using var client = await Navigateur.ConnecteAsync(instance, "agent@49");

        await ProblemeAsync(await anonyme.GetAsync("/api/v1/moi"), HttpStatusCode.Unauthorized);
        await ProblemeAsync(await client.GetAsync("/api/v1/n-existe-pas"), HttpStatusCode.NotFound);
        await ProblemeAsync(await client.Client.DeleteAsync(new Uri("/api/v1/moi", UriKind.Relative)), HttpStatusCode.MethodNotAllowed);
        await ProblemeAsync(await client.GetAsync("/api/v1/structures?page=abc"), HttpStatusCode.BadRequest);
        using var referent = await Navigateur.ConnecteAsync(instance, "referent@49");
        await ProblemeAsync(await referent.GetAsync("/api/v1/imports/1"), HttpStatusCode.Forbidden);
        await ProblemeAsync(await EnPanneAsync(client, "/api/v1/moi"), HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task Erreur_inattendue_api_est_journalisee_avec_son_chemin_et_sans_detail_expose()
    {
        var journal = new JournalCapture();
        await using var instance = EnPanne(app, journal);
        using var client = await Navigateur.ConnecteAsync(instance, "agent@49");

        var reponse = await EnPanneAsync(client, "/api/v1/moi");

        var corps = await ProblemeAsync(reponse, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("Panne simulée", corps, StringComparison.Ordinal);
        Assert.Contains(journal.Lignes, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("GET /api/v1/moi", StringComparison.Ordinal));
        Assert.DoesNotContain(journal.Lignes, l => l.Contains("/erreur/500", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Erreur_inattendue_d_une_page_montre_la_page_francaise_et_journalise_le_chemin_d_origine()
    {
        var journal = new JournalCapture();
        await using var instance = EnPanne(app, journal);
        using var client = await Navigateur.ConnecteAsync(instance, "agent@49");

        var reponse = await EnPanneAsync(client, "/dossiers");

        Assert.Equal(HttpStatusCode.InternalServerError, reponse.StatusCode);
        Assert.Equal("text/html", reponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Erreur inattendue", (await Navigateur.DocumentAsync(reponse)).QuerySelector("h1")?.TextContent);
        Assert.Contains(journal.Lignes, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("GET /dossiers", StringComparison.Ordinal));
        Assert.DoesNotContain(journal.Lignes, l => l.Contains("/erreur/500", StringComparison.Ordinal));
    }

    private static async Task<string> ProblemeAsync(HttpResponseMessage reponse, HttpStatusCode attendu)
    {
        var url = reponse.RequestMessage?.RequestUri;
        Assert.True(attendu == reponse.StatusCode, $"{url} : {reponse.StatusCode} au lieu de {attendu}");
        Assert.True(reponse.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"{url} : {reponse.Content.Headers.ContentType} au lieu de problem+json");
        var corps = await reponse.Content.ReadAsStringAsync();
        Assert.Contains($"\"status\":{(int)attendu}", corps, StringComparison.Ordinal);
        return corps;
    }

    private static WebApplicationFactory<Program> EnPanne(WebApplicationFactory<Program> application, JournalCapture journal) =>
        application.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<ILoggerFactory>(new LoggerFactory([journal]));
            s.AddScoped(sp =>
            {
                var http = sp.GetRequiredService<IHttpContextAccessor>();
                var requete = http.HttpContext?.Request;
                // The French error page, re-executed for the same request, must still render.
                if (requete?.Headers.ContainsKey(EntetePanne) == true && !requete.Path.StartsWithSegments("/erreur")) throw new InvalidOperationException("Panne simulée");
                return new CurrentUser(http);
            });
        }));

    private static async Task<HttpResponseMessage> EnPanneAsync(Navigateur client, string url)
    {
        using var requete = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        requete.Headers.Add(EntetePanne, "1");
        return await client.Client.SendAsync(requete);
    }
}
