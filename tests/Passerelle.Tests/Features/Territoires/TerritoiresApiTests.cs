using System.Net;
using System.Net.Http.Json;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Territoires;

namespace Passerelle.Tests.Features.Territoires;

public sealed class TerritoiresApiTests(Application app) : IClassFixture<Application>
{
    [Theory]
    [InlineData("admin@49")]
    [InlineData("agent@49")]
    [InlineData("pilote@49")]
    public async Task Liste_pour_les_roles_departementaux_donne_tous_les_territoires_du_departement(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        var territoires = await navigateur.Client.GetFromJsonAsync<List<TerritoiresApi.TerritoireDto>>(new Uri("/api/v1/territoires", UriKind.Relative));
        Assert.Contains(territoires!, t => t.Nom == "Saumurois" && t.Communes.Contains("49328"));
        Assert.Contains(territoires!, t => t.Nom == "Angers Loire Métropole" && t.Communes.Contains("49007"));
        Assert.DoesNotContain(territoires!, t => t.Nom == "Nord Est");
    }

    [Fact]
    public async Task Liste_pour_un_agent_territorial_donne_son_seul_territoire()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        var territoires = await navigateur.Client.GetFromJsonAsync<List<TerritoiresApi.TerritoireDto>>(new Uri("/api/v1/territoires", UriKind.Relative));
        Assert.Equal("Angers Loire Métropole", Assert.Single(territoires!).Nom);
    }

    [Theory]
    [InlineData("referent@49")]
    [InlineData("responsable@49")]
    [InlineData("operateur@49")]
    [InlineData("membre-ep@49")]
    [InlineData("lecteur@49")]
    [InlineData("beneficiaire@49")]
    public async Task Liste_refusee_aux_autres_roles(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync("/api/v1/territoires")).StatusCode);
    }

    [Fact]
    public async Task Liste_sans_session_repond_401()
    {
        using var navigateur = Navigateur.Anonyme(app);
        Assert.Equal(HttpStatusCode.Unauthorized, (await navigateur.GetAsync("/api/v1/territoires")).StatusCode);
    }
}
