using System.Net;
using System.Text;
using Passerelle.Tests.Support;
using static Passerelle.Tests.Features.EquipesPluridisciplinaires.Decisions.DecisionsDeTest;

namespace Passerelle.Tests.Features.EquipesPluridisciplinaires.Decisions;

/// <summary>Who reaches the decisions: agents of the dossier's territoire (404 beyond it), never référents nor EP members, and the CAF list the whole département's agents only.</summary>
[Collection(CollectionDecisionsEp.Nom)]
public sealed class AccesDecisionsEpTests(ApplicationDecisionsEp app)
{
    [Theory]
    [InlineData("referent@49")]
    [InlineData("membre-ep@49")]
    public async Task Referent_et_membre_d_ep_sont_refuses_sur_le_dossier_et_son_api(string login)
    {
        var dossier = await AvisRenduAsync(app, await PersonneAsync(app));
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        var page = await navigateur.GetAsync($"/ep/dossiers/{dossier.Id}");
        Assert.Equal("/erreur/403", page.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync($"/api/v1/ep/dossiers/{dossier.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.Client.PostAsync(new Uri($"/api/v1/ep/dossiers/{dossier.Id}/decision", UriKind.Relative),
            new StringContent("""{"version":0,"type":"Classement","motivation":"x"}""", Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task Agent_de_territoire_ne_trouve_pas_un_dossier_d_un_autre_territoire()
    {
        var (sien, autre) = await TerritoiresAsync(app);
        var ailleurs = await AvisRenduAsync(app, await PersonneAsync(app, autre));
        var chezLui = await AvisRenduAsync(app, await PersonneAsync(app, sien));
        using var territoire = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        Assert.Equal(HttpStatusCode.NotFound, (await territoire.GetAsync($"/ep/dossiers/{ailleurs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await territoire.GetAsync($"/api/v1/ep/dossiers/{ailleurs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await territoire.Client.PostAsync(new Uri($"/api/v1/ep/dossiers/{ailleurs.Id}/notification", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await territoire.GetAsync($"/ep/dossiers/{chezLui.Id}")).StatusCode);
        var liste = await territoire.GetAsync("/api/v1/ep/dossiers?statut=AvisRendu&taille=100");
        var json = await liste.Content.ReadAsStringAsync();
        Assert.Contains($"\"id\":{chezLui.Id},", json, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"id\":{ailleurs.Id},", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agent_de_territoire_est_refuse_sur_la_liste_des_sanctions_pour_la_caf()
    {
        using var territoire = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        Assert.Equal("/erreur/403", (await territoire.GetAsync("/ep/sanctions-caf")).Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, (await territoire.GetAsync("/api/v1/ep/sanctions-caf?du=2027-01-01&au=2027-01-31")).StatusCode);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/ep/sanctions-caf")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.GetAsync("/api/v1/ep/sanctions-caf?du=2027-02-01&au=2027-01-01")).StatusCode);
    }

    [Fact]
    public async Task Api_decide_avec_la_delegation_de_l_agent_et_refuse_une_cle_sans_delegation()
    {
        var dossier = await AvisRenduAsync(app, await PersonneAsync(app));
        var (cle, _) = await Acces.ClesDeTest.CreerAsync(app, "49", [Passerelle.Web.Platform.Securite.PorteesApi.EpEcriture]);
        using (var robot = Acces.ClesDeTest.Robot(app, cle))
        {
            var refus = await robot.PostAsync(new Uri($"/api/v1/ep/dossiers/{dossier.Id}/decision", UriKind.Relative), Json($$"""{"version":{{await VersionAsync(app, dossier.Id)}},"type":"Classement","motivation":"Contrat signé."}"""));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refus.StatusCode);
            Assert.Contains("délégation du président", await refus.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await agent.Client.PostAsync(new Uri($"/api/v1/ep/dossiers/{dossier.Id}/decision", UriKind.Relative),
            Json($$"""{"version":{{await VersionAsync(app, dossier.Id)}},"type":"Classement","motivation":"Contrat signé entre-temps."}"""));
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var lu = await agent.GetAsync($"/api/v1/ep/dossiers/{dossier.Id}");
        Assert.Contains("\"decision\":\"Classement\"", await lu.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
