using System.Net;
using Passerelle.Tests.Support;

namespace Passerelle.Tests.Features.Acces;

/// <summary>Without a configured provider (the demo), single sign-on does not exist: no button, no route.</summary>
public sealed class SsoDesactiveTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Connexion_sans_fournisseur_configure_ne_propose_que_les_identifiants()
    {
        using var navigateur = Navigateur.Anonyme(app);
        var page = await navigateur.PageAsync("/connexion");
        Assert.DoesNotContain(page.QuerySelectorAll("button"), b => b.TextContent.Contains("Se connecter avec", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync("/connexion/sso")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync("/connexion/sso/fin")).StatusCode);
    }
}
