using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;
using Xunit.Abstractions;

namespace Passerelle.Tests.Features.Erreurs;

/// <summary>
/// Every GET endpoint, signed in, fed each hostile value in each query parameter it binds and in
/// each route parameter: the answer is a refusal, a redirect or a page, never a 500. Query values
/// are tried on a real path of the endpoint (found among the application's links) so that the page
/// gets past its id and reads them. Failures are collected and reported together with their URL.
/// </summary>
public sealed class ValeursHostilesTests(Application app, ITestOutputHelper sortie) : IClassFixture<Application>
{
    /// <summary>Numbers out of range, impossible and extreme dates, injections, a NUL, a very long string, an unknown enum name.</summary>
    private static readonly string[] Valeurs =
    [
        "-1", "0", "2147483648", "99999999999999999999", "9999-99-99", "0001-01-01", "9999-12-31",
        "'; DROP TABLE Personnes; --", "<script>alert(1)</script>", "\0", new string('x', 10_000),
        "../../etc/passwd", "NaN", "Inconnu",
    ];

    /// <summary>Endpoints with nothing to bind or that are not the application's (probes, documentation), and sign-out.</summary>
    private static readonly string[] Exclus = ["/healthz", "/readyz", "/api/{documentName}/openapi.json", "/api-reference", "/deconnexion"];

    [Theory]
    [InlineData("agent@49")]
    [InlineData("admin@49")]
    [InlineData("referent@49")]
    public async Task Valeurs_hostiles_dans_chaque_point_get_ne_provoquent_jamais_d_erreur_500(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        var points = PointsGet.Lister(app.Services.GetRequiredService<EndpointDataSource>())
            .Where(p => !Exclus.Contains(p.Gabarit)).ToList();
        var liens = await LiensAsync(navigateur, points);
        var echecs = new List<string>();
        var essais = 0;
        foreach (var point in points)
        {
            var chemin = PointsGet.Exemple(point.Gabarit, liens);
            var urls = point.Parametres.SelectMany(nom => Valeurs.Select(v => PointsGet.Url(chemin, point.Handler, nom, v)));
            if (point.Gabarit.Contains('{', StringComparison.Ordinal))
                // A NUL in the path is refused by the HTTP layer before the application (TestServer throws).
                urls = urls.Concat(Valeurs.Where(v => v != "\0").Select(v => PointsGet.Url(PointsGet.Chemin(point.Gabarit, v), point.Handler, null, null)));
            foreach (var url in urls)
            {
                essais++;
                var reponse = await navigateur.GetAsync(url);
                if ((int)reponse.StatusCode >= 500) echecs.Add($"{(int)reponse.StatusCode} GET {(url.Length > 160 ? url[..160] + "…" : url)}");
            }
        }
        sortie.WriteLine($"{login} : {points.Count} points GET, {points.Sum(p => p.Parametres.Count)} paramètres, {essais} requêtes, {echecs.Count} erreurs 500.");
        foreach (var point in points) sortie.WriteLine($"{PointsGet.Exemple(point.Gabarit, liens)} {point.Handler} : {string.Join(", ", point.Parametres)}");
        Assert.True(echecs.Count == 0, $"{echecs.Count} erreurs 500 sur {essais} requêtes :\n" + string.Join('\n', echecs));
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/\t/evil.example")]
    [InlineData("/%09/evil.example")]
    public async Task Connexion_avec_retour_hostile_redirige_seulement_dans_l_application(string retour)
    {
        using var navigateur = Navigateur.Anonyme(app);
        var connexion = "/connexion?ReturnUrl=" + Uri.EscapeDataString(retour);

        var reponse = await navigateur.SoumettreAsync(connexion, new Dictionary<string, string>
        {
            ["Saisie.Email"] = Navigateur.Email("agent@49"),
            ["Saisie.MotDePasse"] = Web.Features.Demo.DonneesDemo.MotDePasse,
        });

        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var destination = reponse.Headers.Location!.OriginalString;
        Assert.True(destination.StartsWith('/') && !destination.StartsWith("//", StringComparison.Ordinal)
            && !destination.StartsWith("/\\", StringComparison.Ordinal) && !destination.Any(char.IsControl), $"{retour} → {destination}");
    }

    /// <summary>The paths the pages link to, two clicks deep from the pages without route parameters.</summary>
    private static async Task<HashSet<string>> LiensAsync(Navigateur navigateur, IReadOnlyList<PointGet> points)
    {
        var liens = new HashSet<string>(StringComparer.Ordinal);
        var visites = new HashSet<string>(StringComparer.Ordinal);
        var aVisiter = points.Where(p => !p.Gabarit.Contains('{', StringComparison.Ordinal) && !p.Gabarit.StartsWith("/api", StringComparison.Ordinal))
            .Select(p => p.Gabarit).ToList();
        for (var profondeur = 0; profondeur < 2; profondeur++)
        {
            foreach (var page in aVisiter.Where(visites.Add))
            {
                var reponse = await navigateur.GetAsync(page);
                if (reponse.StatusCode != HttpStatusCode.OK || reponse.Content.Headers.ContentType?.MediaType != "text/html") continue;
                foreach (var a in (await Navigateur.DocumentAsync(reponse)).QuerySelectorAll("a[href^='/']"))
                    liens.Add(a.GetAttribute("href")!.Split('?', '#')[0]);
            }
            aVisiter = points.Where(p => p.Gabarit.Contains('{', StringComparison.Ordinal) && !p.Gabarit.StartsWith("/api", StringComparison.Ordinal))
                .Select(p => PointsGet.Exemple(p.Gabarit, liens)).ToList();
        }
        return liens;
    }
}
