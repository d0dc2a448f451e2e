using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Clauses.ClausesDeTest;

namespace Passerelle.Tests.Features.Clauses;

/// <summary>Who reaches clause contracts: managers within their territoires, pilots and readers the totals only, others nothing.</summary>
public sealed class AccesClausesTests(Application app) : IClassFixture<Application>
{
    [Theory]
    [InlineData("referent@49")]
    [InlineData("operateur@49")]
    [InlineData("responsable@49")]
    [InlineData("membre-ep@49")]
    [InlineData("beneficiaire@49")]
    public async Task Roles_sans_clauses_sont_refuses_partout(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var page in new[] { "/clauses", "/clauses/marches", "/clauses/marches/edition", "/clauses/import" })
            Refus.Refuse(await navigateur.GetAsync(page), $"{page} pour {login}");
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync("/api/v1/clauses")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync("/api/v1/clauses/tableau")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.Client.PutAsJsonAsync(new Uri("/api/v1/clauses/1/heures", UriKind.Relative), new { mois = "2025-01", lignes = Array.Empty<object>() })).StatusCode);
    }

    [Theory]
    [InlineData("pilote@49")]
    [InlineData("lecteur@49")]
    public async Task Pilote_et_lecteur_lisent_le_tableau_de_bord_mais_aucun_marche(string login)
    {
        using var robot = await RobotAsync(app);
        var marche = await MarcheAsync(robot, Numero());
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Assert.Equal(HttpStatusCode.OK, (await navigateur.GetAsync("/clauses?De=2025&A=2025")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await navigateur.GetAsync("/api/v1/clauses/tableau?de=2025")).StatusCode);
        Refus.Refuse(await navigateur.GetAsync($"/clauses/marches/{marche}"), $"marché pour {login}");
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync($"/api/v1/clauses/{marche}")).StatusCode);
    }

    [Fact]
    public async Task Facilitateur_d_un_territoire_ne_voit_ni_ne_saisit_les_marches_d_un_autre_ni_ceux_du_departement()
    {
        var territoires = await app.DansDepartementAsync("49", db => db.Set<Territoire>().OrderBy(t => t.Id).Select(t => t.Id).Take(2).ToListAsync());
        using var robot = await RobotAsync(app);
        var chezLui = await MarcheAsync(robot, Numero(), territoires[0]);
        var ailleurs = await MarcheAsync(robot, Numero(), territoires[1]);
        var departemental = await MarcheAsync(robot, Numero());
        var participant = await ParticipantAsync(robot, ailleurs, "Horsterritoire");
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.FacilitateurClauses, territoireId: territoires[0]);
        using var local = await Navigateur.ConnecteAsync(app, email);
        Assert.Equal(HttpStatusCode.OK, (await local.GetAsync($"/clauses/marches/{chezLui}")).StatusCode);
        foreach (var id in new[] { ailleurs, departemental })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await local.GetAsync($"/clauses/marches/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await local.GetAsync($"/api/v1/clauses/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await local.GetAsync($"/clauses/marches/{id}/heures?mois=2025-03")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await MoisAsync(local.Client, ailleurs, "2025-03", (participant, 10))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await local.GetAsync($"/clauses/participants/{participant}")).StatusCode);
        var sansTerritoire = await local.Client.PostAsJsonAsync(new Uri("/api/v1/clauses", UriKind.Relative),
            new { numero = Numero(), acheteur = "Ville", objet = "Voirie", dateDebut = "2025-01-01", dateFin = "2025-06-30", heuresExigees = 100 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sansTerritoire.StatusCode);
        Assert.Contains("choisissez l'un de vos territoires", await sansTerritoire.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var liste = await local.PageAsync("/clauses/marches");
        Assert.NotNull(liste.QuerySelector($"tr[data-marche='{chezLui}']"));
        Assert.Null(liste.QuerySelector($"tr[data-marche='{ailleurs}']"));

        using var autreDepartement = await Navigateur.ConnecteAsync(app, "facilitateur@37");
        Assert.Equal(HttpStatusCode.NotFound, (await autreDepartement.GetAsync($"/api/v1/clauses/{chezLui}")).StatusCode);
    }

    [Fact]
    public async Task Cle_sans_portee_clauses_est_refusee_et_cle_de_lecture_ne_peut_ecrire()
    {
        using var sansPortee = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.EmployeursLecture, PorteesApi.EmployeursEcriture])).Texte);
        Assert.Equal(HttpStatusCode.Forbidden, (await sansPortee.GetAsync(new Uri("/api/v1/clauses", UriKind.Relative))).StatusCode);
        using var lecture = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.ClausesLecture])).Texte);
        Assert.Equal(HttpStatusCode.OK, (await lecture.GetAsync(new Uri("/api/v1/clauses", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lecture.PostAsJsonAsync(new Uri("/api/v1/clauses", UriKind.Relative), new { numero = Numero() })).StatusCode);
    }
}
