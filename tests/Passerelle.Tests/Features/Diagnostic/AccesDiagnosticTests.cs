using System.Net;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using static Passerelle.Tests.Features.Diagnostic.DonneesDiagnostic;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Diagnostic;

public sealed class AccesDiagnosticTests(Application app) : IClassFixture<Application>
{
    [Theory]
    [InlineData("admin@49")]
    [InlineData("operateur@49")]
    [InlineData("membre-ep@49")]
    [InlineData("pilote@49")]
    [InlineData("lecteur@49")]
    [InlineData("beneficiaire@49")]
    public async Task Roles_sans_diagnostic_sont_refuses(string login)
    {
        var personneId = await PersonneAsync(app);
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var url in new[] { $"/personnes/{personneId}/diagnostic", $"/personnes/{personneId}/diagnostic/modifier", $"/personnes/{personneId}/diagnostic/1" })
            Refus.Refuse(await navigateur.GetAsync(url), $"{login} GET {url}");
        Refus.Refuse(await navigateur.PosterAsync($"/personnes/{personneId}/diagnostic/modifier", Formulaire(0)), $"{login} POST");
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync("/api/v1/rome?q=cuisine")).StatusCode);
        Assert.Empty(await VersionsAsync(app, personneId));
    }

    [Fact]
    public async Task Sans_session_renvoie_a_la_connexion()
    {
        var personneId = await PersonneAsync(app);
        using var anonyme = Navigateur.Anonyme(app);
        Refus.VersConnexion(await anonyme.GetAsync($"/personnes/{personneId}/diagnostic"), "diagnostic");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonyme.GetAsync("/api/v1/rome?q=cuisine")).StatusCode);
    }

    [Fact]
    public async Task Hors_perimetre_ou_autre_departement_repond_404()
    {
        var saumur = await PersonneAsync(app, Saumurois);
        var tours = await PersonneAsync(app, territoire: null, departement: "37");
        using var territorial = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        Assert.Equal(HttpStatusCode.NotFound, (await territorial.GetAsync($"/personnes/{saumur}/diagnostic")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await territorial.PosterAsync($"/personnes/{saumur}/diagnostic/modifier", Formulaire(0),
            await ComptesDeTest.JetonAsync(territorial, "/"))).StatusCode);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/personnes/{tours}/diagnostic")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/personnes/{tours}/diagnostic/modifier")).StatusCode);
        Assert.Empty(await VersionsAsync(app, saumur));
    }

    [Fact]
    public async Task Referent_et_responsable_ne_voient_que_les_personnes_suivies()
    {
        var suivie = await PersonneAsync(app, Saumurois);
        var autre = await PersonneAsync(app);
        await DesignerAsync(app, suivie, "referent@49");
        foreach (var login in new[] { "referent@49", "responsable@49" })
        {
            using var navigateur = await Navigateur.ConnecteAsync(app, login);
            Assert.Equal(HttpStatusCode.OK, (await navigateur.GetAsync($"/personnes/{suivie}/diagnostic")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/personnes/{autre}/diagnostic")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/personnes/{autre}/diagnostic/modifier")).StatusCode);
        }
    }
}
