using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;

namespace Passerelle.Tests.Features.Acces;

/// <summary>Fail-closed checks over every endpoint the application maps, present and future.</summary>
public sealed partial class AutorisationTests(Application app) : IClassFixture<Application>
{
    /// <summary>The only endpoints reachable without signing in.</summary>
    private static readonly string[] Publics =
    [
        "/connexion", "/connexion/mot-de-passe-oublie", "/connexion/nouveau-mot-de-passe", "/connexion/second-facteur", "/connexion/sso", "/connexion/sso/fin", "/erreur/{code:int}", "/healthz", "/readyz",
        // The booking page of an invitation link: the token and the birth date stand for the account (decision 0015-reservation-en-ligne).
        "/rdv/{jeton}",
        "/api/{documentName}/openapi.json", "/api-reference", "/accessibilite",
        // The published offer in data·inclusion v1: public information, by design (decision 0017).
        "/api/v1/public/{departement}/data-inclusion/structures", "/api/v1/public/{departement}/data-inclusion/services",
    ];

    [Fact]
    public void Seuls_les_points_publics_prevus_acceptent_les_anonymes()
    {
        var anonymes = Routes().Where(r => r.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(Gabarit).Order();
        Assert.Equal(Publics.Order(), anonymes);
    }

    [Fact]
    public async Task Chaque_point_protege_refuse_un_anonyme()
    {
        using var navigateur = Navigateur.Anonyme(app);
        var proteges = Routes().Where(r => r.Metadata.GetMetadata<IAllowAnonymous>() is null).Select(Gabarit).Distinct().ToList();
        Assert.NotEmpty(proteges);
        foreach (var gabarit in proteges)
        {
            var url = Parametre().Replace(gabarit, "1");
            var reponse = await navigateur.GetAsync(url);
            if (url.StartsWith("/api/", StringComparison.Ordinal))
                Assert.True(reponse.StatusCode == HttpStatusCode.Unauthorized, $"{url} : {reponse.StatusCode}");
            else
                Assert.True(reponse.StatusCode == HttpStatusCode.Redirect
                    && reponse.Headers.Location!.ToString().Contains("/connexion?ReturnUrl=", StringComparison.Ordinal), $"{url} : {reponse.StatusCode}");
        }
    }

    [Fact]
    public async Task Erreur_404_est_une_page_francaise()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await navigateur.GetAsync("/cette-page-n-existe-pas");
        Assert.Equal(HttpStatusCode.NotFound, reponse.StatusCode);
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Equal("Page non trouvée", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Api_inconnue_repond_en_problem_details()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await navigateur.GetAsync("/api/v1/n-existe-pas");
        Assert.Equal(HttpStatusCode.NotFound, reponse.StatusCode);
        Assert.Equal("application/problem+json", reponse.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Sondes_repondent_sans_authentification()
    {
        using var navigateur = Navigateur.Anonyme(app);
        Assert.Equal("Healthy", await (await navigateur.GetAsync("/healthz")).Content.ReadAsStringAsync());
        Assert.Equal("Healthy", await (await navigateur.GetAsync("/readyz")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Document_openapi_decrit_l_api_v1()
    {
        using var navigateur = Navigateur.Anonyme(app);
        var json = await (await navigateur.GetAsync("/api/v1/openapi.json")).Content.ReadAsStringAsync();
        Assert.Contains("\"/api/v1/moi\"", json, StringComparison.Ordinal);
    }

    private IEnumerable<RouteEndpoint> Routes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") != false);

    private static string Gabarit(RouteEndpoint e) => "/" + e.RoutePattern.RawText!.TrimStart('/');

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parametre();
}
