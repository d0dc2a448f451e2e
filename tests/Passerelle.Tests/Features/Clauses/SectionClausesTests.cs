using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Clauses;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Clauses.ClausesDeTest;

namespace Passerelle.Tests.Features.Clauses;

/// <summary>The « Clauses sociales » section of the person page: hours for whoever sees the person, the participant's page for the contracts' managers.</summary>
public sealed class SectionClausesTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Referent_voit_les_heures_de_clause_de_sa_personne_et_seul_le_gestionnaire_a_le_lien_du_participant()
    {
        var p = await Sorties.SortiesDeTest.AccompagneeAsync(app);
        using var robot = await RobotAsync(app);
        var numero = Numero();
        var marche = await MarcheAsync(robot, numero);
        var participant = await ParticipantAsync(robot, marche, p.Nom, "Camille", "1985-04-12");
        // Registered with the name and birth date of a person with a parcours: linked without a facilitator's choice.
        Assert.Equal(p.PersonneId, await app.DansDepartementAsync("49", db => db.Set<ParticipantClause>().Where(x => x.Id == participant).Select(x => x.PersonneId).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await MoisAsync(robot, marche, "2025-05", (participant, 35))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoisAsync(robot, marche, "2025-06", (participant, 17.5m))).StatusCode);

        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var section = (await referent.PageAsync($"/personnes/{p.PersonneId}")).QuerySelector("#clauses");
        Assert.NotNull(section);
        var bloc = section.QuerySelector($".marche-clause[data-marche='{numero}']");
        Assert.Contains("Réhabilitation du collège", bloc?.TextContent, StringComparison.Ordinal);
        Assert.Equal("52,5 h", bloc?.QuerySelector("tr[data-annee='2025'] .heures")?.TextContent);
        Assert.Equal("17,5 h", bloc?.QuerySelector("tr[data-mois='2025-06'] .heures")?.TextContent);
        Assert.Null(section.QuerySelector("a[href^='/clauses/participants/']"));

        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var lien = (await agent.PageAsync($"/personnes/{p.PersonneId}")).QuerySelector($"#clauses .marche-clause[data-marche='{numero}'] a");
        Assert.Equal($"/clauses/participants/{participant}", lien?.GetAttribute("href"));
    }

    [Fact]
    public async Task Section_absente_pour_une_personne_sans_clause()
    {
        var p = await Sorties.SortiesDeTest.AccompagneeAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var page = await referent.PageAsync($"/personnes/{p.PersonneId}");
        Assert.NotNull(page.QuerySelector("#iae"));
        Assert.Null(page.QuerySelector("#clauses"));
    }

    [Fact]
    public async Task Personne_avec_clause_reste_refusee_hors_du_perimetre()
    {
        var p = await Sorties.SortiesDeTest.AccompagneeAsync(app);
        using var robot = await RobotAsync(app);
        var marche = await MarcheAsync(robot, Numero());
        var participant = await ParticipantAsync(robot, marche, p.Nom, "Camille", "1985-04-12");
        Assert.Equal(HttpStatusCode.OK, (await MoisAsync(robot, marche, "2025-05", (participant, 35))).StatusCode);
        var (_, structureReferent) = await ParcoursDeTest.CompteAsync(app, "referent@49.passerelle.test", Role.Referent);
        var autre = await app.DansDepartementAsync("49", db => db.Structures.Where(s => s.Id != structureReferent).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Referent, structureId: autre);
        using var etranger = await Navigateur.ConnecteAsync(app, email);
        Assert.Equal(HttpStatusCode.NotFound, (await etranger.GetAsync($"/personnes/{p.PersonneId}")).StatusCode);
    }
}
