using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Comites.ComitesDeTest;

namespace Passerelle.Tests.Features.Comites;

/// <summary>Who reaches the comités: pilots and agents manage, territorial agents their comités locaux only, readers read, others nothing.</summary>
public sealed class AccesComitesTests(Application app) : IClassFixture<Application>
{
    [Theory]
    [InlineData("referent@49")]
    [InlineData("responsable@49")]
    [InlineData("operateur@49")]
    [InlineData("membre-ep@49")]
    [InlineData("charge-entreprise@49")]
    [InlineData("facilitateur@49")]
    [InlineData("parrain@49")]
    [InlineData("beneficiaire@49")]
    [InlineData("admin@49")]
    public async Task Roles_hors_pilotage_sont_refuses_partout(string login)
    {
        using var robot = await RobotAsync(app);
        var comite = await InstanceAsync(robot);
        var reunion = await ReunionAsync(robot, comite, -2);
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var page in new[] { "/comites", "/comites/indicateurs", "/comites/edition", $"/comites/{comite}", $"/comites/reunions/{reunion}", $"/comites/reunions/edition?comite={comite}" })
            Refus.Refuse(await navigateur.GetAsync(page), $"{page} pour {login}");
        foreach (var api in new[] { "/api/v1/comites", $"/api/v1/comites/{comite}", "/api/v1/comites/indicateurs" })
            Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync(api)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PosterAsync(navigateur.Client, $"/api/v1/comites/{comite}/reunions", new { date = Jour(-1), lieu = "Salle" })).StatusCode);
    }

    [Fact]
    public async Task Lecteur_lit_instances_reunions_et_indicateurs_sans_rien_modifier()
    {
        using var robot = await RobotAsync(app);
        var comite = await InstanceAsync(robot);
        var reunion = await ReunionAsync(robot, comite, -2);
        using var lecteur = await Navigateur.ConnecteAsync(app, "lecteur@49");
        var liste = await lecteur.PageAsync("/comites");
        Assert.NotNull(liste.QuerySelector($"tr[data-comite='{comite}']"));
        Assert.Null(liste.QuerySelector("#nouvelle-instance"));
        var instance = await lecteur.PageAsync($"/comites/{comite}");
        Assert.Null(instance.QuerySelector("#modifier-instance"));
        Assert.Null(instance.QuerySelector("#form-membre"));
        var page = await lecteur.PageAsync($"/comites/reunions/{reunion}");
        Assert.Null(page.QuerySelector("#form-presences"));
        await lecteur.PageAsync("/comites/indicateurs");
        Assert.Equal(HttpStatusCode.OK, (await lecteur.GetAsync($"/api/v1/comites/reunions/{reunion}")).StatusCode);
        Refus.Refuse(await lecteur.GetAsync($"/comites/edition/{comite}"), "édition pour le lecteur");
        Refus.Refuse(await lecteur.GetAsync($"/comites/reunions/edition/{reunion}"), "édition de réunion pour le lecteur");
        Assert.Equal(HttpStatusCode.Forbidden, (await PosterAsync(lecteur.Client, $"/api/v1/comites/{comite}/membres", new { nom = "CAF", type = "Caf" })).StatusCode);
    }

    [Fact]
    public async Task Agent_de_territoire_tient_les_comites_locaux_de_ses_territoires_et_lit_les_autres()
    {
        var territoires = await app.DansDepartementAsync("49", db => db.Set<Territoire>().OrderBy(t => t.Id).Select(t => t.Id).Take(2).ToListAsync());
        using var robot = await RobotAsync(app);
        var ailleurs = await InstanceAsync(robot, "Local", territoires[1]);
        var departemental = await InstanceAsync(robot);
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.AgentDepartemental, territoireId: territoires[0]);
        using var agent = await Navigateur.ConnecteAsync(app, email);

        var chezLui = await InstanceAsync(agent.Client, "Local", territoires[0]);
        await MembreAsync(agent.Client, chezLui, Nom("CCAS"), "Collectivite");
        Assert.Contains("n'est pas l'un des vôtres",
            await RefusAsync(await PosterAsync(agent.Client, "/api/v1/comites", new { nom = Nom("Local"), type = "Local", territoireId = territoires[1], frequence = "Semestrielle" }), "TerritoireId"),
            StringComparison.Ordinal);
        await RefusAsync(await PosterAsync(agent.Client, "/api/v1/comites", new { nom = Nom("Copil"), type = "Pilotage", frequence = "Annuelle" }), "TerritoireId");

        foreach (var id in new[] { ailleurs, departemental })
        {
            Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync($"/api/v1/comites/{id}")).StatusCode);
            var refus = await PosterAsync(agent.Client, $"/api/v1/comites/{id}/reunions", new { date = Jour(-1), lieu = "Salle" });
            Assert.Equal(HttpStatusCode.Forbidden, refus.StatusCode);
            Assert.Contains("Vous ne gérez que les comités locaux de vos territoires", await refus.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Refus.Refuse(await agent.GetAsync($"/comites/edition/{id}"), $"édition de l'instance {id}");
            Assert.Null((await agent.PageAsync($"/comites/{id}")).QuerySelector("#nouvelle-reunion"));
        }
        Assert.Equal(0, (await LireAsync(robot, $"/api/v1/comites/{ailleurs}")).GetProperty("reunions").GetArrayLength());
        Assert.NotNull((await agent.PageAsync($"/comites/{chezLui}")).QuerySelector("#nouvelle-reunion"));
    }

    [Fact]
    public async Task Cle_de_lecture_ne_peut_ecrire_et_autre_departement_ne_trouve_rien()
    {
        using var robot = await RobotAsync(app);
        var comite = await InstanceAsync(robot);
        using var lecture = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.ComitesLecture])).Texte);
        Assert.Equal(HttpStatusCode.OK, (await lecture.GetAsync(new Uri($"/api/v1/comites/{comite}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lecture.PostAsJsonAsync(new Uri("/api/v1/comites", UriKind.Relative), new { nom = "X" })).StatusCode);
        using var autre = await RobotAsync(app, "37");
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync(new Uri($"/api/v1/comites/{comite}", UriKind.Relative))).StatusCode);
    }
}
