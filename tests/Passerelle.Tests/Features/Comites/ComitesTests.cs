using System.Net;
using Passerelle.Tests.Support;
using static Passerelle.Tests.Features.Comites.ComitesDeTest;

namespace Passerelle.Tests.Features.Comites;

/// <summary>Meetings, attendance, minutes and decisions through the API, their refusals, and the indicators computed from them.</summary>
public sealed class ComitesTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Reunion_tenue_recoit_presences_compte_rendu_et_decisions_que_les_indicateurs_comptent()
    {
        using var robot = await RobotAsync(app);
        var comite = await InstanceAsync(robot);
        var (caf, etat) = (Nom("CAF"), Nom("DDETS"));
        var membreCaf = await MembreAsync(robot, comite, caf);
        var membreEtat = await MembreAsync(robot, comite, etat, "Etat");
        var reunion = await ReunionAsync(robot, comite, -10);
        await IdAsync(await PutAsync(robot, $"/api/v1/comites/reunions/{reunion}/presences", new
        {
            version = await VersionAsync(robot, reunion),
            presences = new object[] { new { membreComiteId = membreCaf, statut = "Presente", representants = 2 }, new { membreComiteId = membreEtat, statut = "Excusee" } },
        }));
        await IdAsync(await PutAsync(robot, $"/api/v1/comites/reunions/{reunion}/compte-rendu", new { version = await VersionAsync(robot, reunion), texte = "Bilan de l'année." }));
        var decision = await IdAsync(await PosterAsync(robot, $"/api/v1/comites/reunions/{reunion}/decisions", new { texte = "Lancer l'appel à projets", porteur = "Département", echeance = Jour(-1) }));
        var vue = await LireAsync(robot, $"/api/v1/comites/reunions/{reunion}");
        Assert.Equal("Bilan de l'année.", vue.GetProperty("compteRendu").GetString());
        Assert.True(vue.GetProperty("decisions")[0].GetProperty("enRetard").GetBoolean());
        await IdAsync(await PosterAsync(robot, $"/api/v1/comites/decisions/{decision}/statut", new { version = 0, statut = "EnCours" }));
        await IdAsync(await PosterAsync(robot, $"/api/v1/comites/decisions/{decision}/statut", new { version = 1, statut = "Faite" }));
        var close = await PosterAsync(robot, $"/api/v1/comites/decisions/{decision}/statut", new { version = 2, statut = "EnCours" });
        Assert.Contains("close", await RefusAsync(close, "Statut"), StringComparison.Ordinal);

        var instance = await LireAsync(robot, $"/api/v1/comites/{comite}");
        var membres = instance.GetProperty("membres").EnumerateArray().ToDictionary(m => m.GetProperty("nom").GetString()!, m => m.GetProperty("taux").GetDecimal());
        Assert.Equal(100m, membres[caf]);
        Assert.Equal(0m, membres[etat]);
        var chiffres = await LireAsync(robot, $"/api/v1/comites/indicateurs?du={Jour(-30)}&au={Jour(0)}");
        var ligne = chiffres.GetProperty("instances").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == comite);
        Assert.Equal(1, ligne.GetProperty("tenues").GetInt32());
        var institution = chiffres.GetProperty("institutions").EnumerateArray().Single(i => i.GetProperty("nom").GetString() == caf);
        Assert.Equal((1, 1, 100m), (institution.GetProperty("reunions").GetInt32(), institution.GetProperty("presente").GetInt32(), institution.GetProperty("taux").GetDecimal()));
    }

    [Fact]
    public async Task Reunion_sans_date_est_refusee_et_rien_n_est_enregistre()
    {
        using var robot = await RobotAsync(app);
        var comite = await InstanceAsync(robot);
        var refus = await PosterAsync(robot, $"/api/v1/comites/{comite}/reunions", new { lieu = "Salle du conseil" });
        Assert.Equal("Indiquez la date de la réunion.", await RefusAsync(refus, "Date"));
        Assert.Equal(0, (await LireAsync(robot, $"/api/v1/comites/{comite}")).GetProperty("reunions").GetArrayLength());
    }

    [Fact]
    public async Task Presences_d_une_reunion_a_venir_sont_refusees_sur_leur_champ()
    {
        using var robot = await RobotAsync(app);
        var comite = await InstanceAsync(robot);
        var membre = await MembreAsync(robot, comite, Nom("CAF"));
        var reunion = await ReunionAsync(robot, comite, 20);
        var refus = await PutAsync(robot, $"/api/v1/comites/reunions/{reunion}/presences",
            new { version = 0, presences = new[] { new { membreComiteId = membre, statut = "Presente" } } });
        Assert.Contains("n'a pas encore eu lieu", await RefusAsync(refus, "Presences"), StringComparison.Ordinal);
        var decision = await PosterAsync(robot, $"/api/v1/comites/reunions/{reunion}/decisions", new { texte = "Trop tôt" });
        Assert.Contains("n'a pas encore eu lieu", await RefusAsync(decision, "Texte"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Presence_d_une_institution_non_membre_refuse_toutes_les_lignes()
    {
        using var robot = await RobotAsync(app);
        var comite = await InstanceAsync(robot);
        var membre = await MembreAsync(robot, comite, Nom("CAF"));
        var ailleurs = await MembreAsync(robot, await InstanceAsync(robot), Nom("MSA"), "Msa");
        var reunion = await ReunionAsync(robot, comite, -3);
        var refus = await PutAsync(robot, $"/api/v1/comites/reunions/{reunion}/presences", new
        {
            version = 0,
            presences = new[] { new { membreComiteId = membre, statut = "Presente" }, new { membreComiteId = ailleurs, statut = "Presente" } },
        });
        Assert.Contains("n'est pas membre de l'instance", await RefusAsync(refus, $"Presences[{ailleurs}]"), StringComparison.Ordinal);
        var presences = (await LireAsync(robot, $"/api/v1/comites/reunions/{reunion}")).GetProperty("presences");
        Assert.All(presences.EnumerateArray(), p => Assert.Equal(System.Text.Json.JsonValueKind.Null, p.GetProperty("statut").ValueKind));
    }

    [Fact]
    public async Task Decision_sans_texte_est_refusee_sur_son_champ()
    {
        using var robot = await RobotAsync(app);
        var reunion = await ReunionAsync(robot, await InstanceAsync(robot), -1);
        var refus = await PosterAsync(robot, $"/api/v1/comites/reunions/{reunion}/decisions", new { porteur = "CAF", echeance = Jour(30) });
        Assert.Equal("Indiquez le texte de la décision.", await RefusAsync(refus, "Texte"));
        Assert.Equal(0, (await LireAsync(robot, $"/api/v1/comites/reunions/{reunion}")).GetProperty("decisions").GetArrayLength());
    }

    [Fact]
    public async Task Periode_des_indicateurs_finissant_avant_son_debut_est_refusee()
    {
        using var robot = await RobotAsync(app);
        var refus = await robot.GetAsync(new Uri($"/api/v1/comites/indicateurs?du={Jour(0)}&au={Jour(-40)}", UriKind.Relative));
        Assert.Contains("précède son début", await RefusAsync(refus, "au"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comite_local_sans_territoire_et_territoire_d_un_comite_departemental_sont_refuses()
    {
        using var robot = await RobotAsync(app);
        Assert.Contains("appartient à un territoire", await RefusAsync(await PosterAsync(robot, "/api/v1/comites", new { nom = Nom("Local"), type = "Local", frequence = "Semestrielle" }), "TerritoireId"),
            StringComparison.Ordinal);
        var sansFrequence = await PosterAsync(robot, "/api/v1/comites", new { nom = Nom("Copil"), type = "Pilotage" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sansFrequence.StatusCode);
        await RefusAsync(sansFrequence, "Frequence");
    }
}
