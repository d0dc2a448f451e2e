using System.Net;
using Passerelle.Tests.Support;

namespace Passerelle.Tests.Platform;

/// <summary>Responses that may carry personal data are never kept by a browser or a proxy.</summary>
public sealed class SansCacheTests(Application app) : IClassFixture<Application>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/dossiers")]
    [InlineData("/dossiers?format=csv")]
    [InlineData("/api/v1/moi")]
    [InlineData("/api/v1/dossiers")]
    [InlineData("/cette-page-n-existe-pas")]
    public async Task Reponse_a_un_utilisateur_connecte_interdit_la_mise_en_cache(string url)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");

        var reponse = await navigateur.GetAsync(url);

        Assert.True(reponse.Headers.CacheControl?.NoStore == true, $"{url} ({reponse.StatusCode}) : Cache-Control {reponse.Headers.CacheControl}");
    }

    [Fact]
    public async Task Fichier_statique_garde_sa_mise_en_cache()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");

        var reponse = await navigateur.GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.NotEqual(true, reponse.Headers.CacheControl?.NoStore);
    }
}
