using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Orientation;
using static Passerelle.Tests.Features.Diagnostic.DonneesDiagnostic;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Diagnostic;

/// <summary>The diagnosis forms with a person or parcours id from outside the user's scope: 404, nothing written.</summary>
public sealed class DiagnosticPerimetreEcrituresTests(Application app) : IClassFixture<Application>
{
    private Task<int> DecisionsAsync(int personneId) =>
        app.DansDepartementAsync("49", db => db.Set<DecisionOrientation>().CountAsync(d => d.PersonneId == personneId));

    [Theory]
    [InlineData("referent@49")]
    [InlineData("responsable@49")]
    [InlineData("agent@37")]
    public async Task Enregistrement_du_diagnostic_d_une_personne_hors_perimetre_repond_404_et_rien_n_est_cree(string login)
    {
        var personne = await PersonneAsync(app, Saumurois);
        using var navigateur = await Navigateur.ConnecteAsync(app, login);

        var reponse = await navigateur.PosterAsync($"/personnes/{personne}/diagnostic/modifier", Formulaire(0), await ComptesDeTest.JetonAsync(navigateur, "/"));

        Assert.Equal(HttpStatusCode.NotFound, reponse.StatusCode);
        Assert.Empty(await VersionsAsync(app, personne));
    }

    [Fact]
    public async Task Proposition_depuis_le_diagnostic_hors_territoire_ou_avec_le_parcours_d_une_autre_personne_repond_404_et_rien_ne_change()
    {
        var saumur = await PersonneAsync(app, Saumurois);
        var angers = await PersonneAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        foreach (var personne in new[] { saumur, angers })
            Assert.Equal(HttpStatusCode.Redirect, (await agent.SoumettreAsync($"/personnes/{personne}/diagnostic/modifier", Formulaire(0))).StatusCode);
        var parcours = await app.DansDepartementAsync("49", db => db.Set<Parcours>().Where(p => p.DateCloture == null && (p.PersonneId == saumur || p.PersonneId == angers))
            .ToDictionaryAsync(p => p.PersonneId, p => (p.Id, p.Version)));
        using var territorial = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        var jeton = await ComptesDeTest.JetonAsync(territorial, "/");

        var horsTerritoire = await territorial.PosterAsync($"/personnes/{saumur}/diagnostic?handler=Proposer",
            [new("parcoursId", $"{parcours[saumur].Id}"), new("version", $"{parcours[saumur].Version}")], jeton);
        var autreParcours = await territorial.PosterAsync($"/personnes/{angers}/diagnostic?handler=Proposer",
            [new("parcoursId", $"{parcours[saumur].Id}"), new("version", $"{parcours[saumur].Version}")], jeton);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (horsTerritoire.StatusCode, autreParcours.StatusCode));
        Assert.Equal((0, 0), (await DecisionsAsync(saumur), await DecisionsAsync(angers)));
    }
}
