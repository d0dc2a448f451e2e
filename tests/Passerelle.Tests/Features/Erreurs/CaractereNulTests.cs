using System.Net;
using Passerelle.Tests.Support;

namespace Passerelle.Tests.Features.Erreurs;

/// <summary>A NUL character in a query value is refused with 400 on every base (PostgreSQL answered 500 on the searches).</summary>
public sealed class CaractereNulTests(Application app) : IClassFixture<Application>
{
    [Theory]
    [InlineData("/api/v1/dossiers?Nom=%00")]
    [InlineData("/api/v1/structures?q=A%00B")]
    [InlineData("/dossiers?Filtre.NumDemRsa=%00")]
    [InlineData("/structures?Q=%00")]
    public async Task Recherche_avec_caractere_nul_est_refusee_en_400(string url)
    {
        using var client = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        if (url.StartsWith("/api/", StringComparison.Ordinal))
            Assert.Equal("application/problem+json", reponse.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Recherche_sans_caractere_nul_passe()
    {
        using var client = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/dossiers?Nom=MARTIN")).StatusCode);
    }
}
