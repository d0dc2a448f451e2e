using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Features.Orientation;
using static Passerelle.Tests.Features.EquipesPluridisciplinaires.Detection.DetectionDeTest;

namespace Passerelle.Tests.Features.EquipesPluridisciplinaires.Detection;

/// <summary>The detection queues: who is in each, the reminders' calendar (60 / +30 / +30 days), the bulk actions' summary, and who may read them.</summary>
public sealed class FilesDetectionTests(ApplicationEp app) : IClassFixture<ApplicationEp>
{
    [Fact]
    public async Task File_sans_contrat_montre_les_orientes_depuis_60_jours_sans_les_dossiers_ouverts()
    {
        var (juste, pasEncore, proposee) = (await OrienteeAsync(app, 60), await OrienteeAsync(app, 59), await OrienteeAsync(app, 80));
        var contrat = await OrienteeAsync(app, 90);
        await app.DansDepartementAsync("49", db => db.Set<Parcours>().Where(p => p.Id == contrat.ParcoursId).ExecuteUpdateAsync(s => s.SetProperty(p => p.DateContrat, app.Aujourdhui)));
        using var robot = await RobotAsync(app);
        Assert.Equal(HttpStatusCode.Created, (await ProposerAsync(robot, proposee.PersonneId, NatureThematique.SansContrat)).StatusCode);

        var file = await FileAsync(robot, "sans-contrat");
        var ligne = Ligne(file, juste.PersonneId)!.Value;
        Assert.Equal((60, 0, app.Aujourdhui.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), false),
            (ligne.GetProperty("joursDepuisOrientation").GetInt32(), ligne.GetProperty("relancesEnvoyees").GetInt32(), ligne.GetProperty("prochaineRelance").GetString(), ligne.GetProperty("aProposer").GetBoolean()));
        Assert.Null(Ligne(file, pasEncore.PersonneId));
        Assert.Null(Ligne(file, proposee.PersonneId));
        Assert.Null(Ligne(file, contrat.PersonneId));
        // The absences queue is another nature: the open « sans contrat » dossier does not hide the person there.
        await AbsencesAsync(app, proposee.PersonneId, 10, 40);
        Assert.NotNull(Ligne(await FileAsync(robot, "absences-repetees"), proposee.PersonneId));
        Assert.Equal(HttpStatusCode.BadRequest, (await robot.GetAsync(new Uri("/api/v1/ep/detection?critere=inconnu", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Files_absences_et_maintien_social_suivent_les_seuils_du_departement()
    {
        var (deux, une, anciennes) = (await OrienteeAsync(app, null), await OrienteeAsync(app, null), await OrienteeAsync(app, null));
        await AbsencesAsync(app, deux.PersonneId, 5, 150);
        await AbsencesAsync(app, une.PersonneId, 5);
        await AbsencesAsync(app, anciennes.PersonneId, 5, 200);
        var (sociale, recente, pro) = (await OrienteeAsync(app, 370), await OrienteeAsync(app, 330), await OrienteeAsync(app, 400, TypeOrientation.Professionnelle));
        using var robot = await RobotAsync(app);

        var absences = await FileAsync(robot, "absences-repetees");
        Assert.Equal(2, Ligne(absences, deux.PersonneId)!.Value.GetProperty("absences").GetInt32());
        Assert.True(Ligne(absences, deux.PersonneId)!.Value.GetProperty("aProposer").GetBoolean());
        Assert.Null(Ligne(absences, une.PersonneId));
        Assert.Null(Ligne(absences, anciennes.PersonneId));
        var maintien = await FileAsync(robot, "maintien-social");
        Assert.NotNull(Ligne(maintien, sociale.PersonneId));
        Assert.Null(Ligne(maintien, recente.PersonneId));
        Assert.Null(Ligne(maintien, pro.PersonneId));

        // A département counting from 10 months and one absence sees more.
        await app.DansDepartementAsync("49", async db =>
        {
            db.Add(new ReglesEp { MaintienSocialMois = 10, AbsencesPourSignalement = 1 });
            await db.SaveChangesAsync();
        });
        try
        {
            Assert.NotNull(Ligne(await FileAsync(robot, "maintien-social"), recente.PersonneId));
            Assert.NotNull(Ligne(await FileAsync(robot, "absences-repetees"), une.PersonneId));
        }
        finally
        {
            await app.DansDepartementAsync("49", db => db.Set<ReglesEp>().ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task Relances_par_rang_refusees_avant_l_echeance_puis_a_proposer_30_jours_apres_la_troisieme()
    {
        var p = await OrienteeAsync(app, 60);
        using var robot = await RobotAsync(app);
        Assert.Contains("Relance n° 1 envoyée : courrier à imprimer.", await BilanAsync(robot, p.PersonneId, reussie: true), StringComparison.Ordinal);
        var orientation = app.Aujourdhui.AddDays(-60);
        Assert.Equal($"La relance n° 2 n'est due qu'à partir du {Jour(orientation.AddDays(90))}.", await BilanAsync(robot, p.PersonneId, reussie: false));
        await app.PlusTardAsync(30, async () =>
        {
            Assert.Contains("Relance n° 2 envoyée", await BilanAsync(robot, p.PersonneId, reussie: true), StringComparison.Ordinal);
            var ligne = Ligne(await FileAsync(robot, "sans-contrat"), p.PersonneId)!.Value;
            Assert.Equal((2, orientation.AddDays(120).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                (ligne.GetProperty("relancesEnvoyees").GetInt32(), ligne.GetProperty("prochaineRelance").GetString()));
        });
        await app.PlusTardAsync(60, async () =>
        {
            Assert.Contains("Relance n° 3 envoyée", await BilanAsync(robot, p.PersonneId, reussie: true), StringComparison.Ordinal);
            Assert.Equal("Les 3 relances ont été envoyées : proposez la personne en équipe pluridisciplinaire.", await BilanAsync(robot, p.PersonneId, reussie: false));
            Assert.False(Ligne(await FileAsync(robot, "sans-contrat"), p.PersonneId)!.Value.GetProperty("aProposer").GetBoolean());
        });
        await app.PlusTardAsync(90, async () =>
            Assert.True(Ligne(await FileAsync(robot, "sans-contrat"), p.PersonneId)!.Value.GetProperty("aProposer").GetBoolean()));

        var relances = await app.DansDepartementAsync("49", db => db.Set<RelanceEp>().AsNoTracking().Where(r => r.PersonneId == p.PersonneId).OrderBy(r => r.Rang).ToListAsync());
        Assert.Equal([1, 2, 3], relances.Select(r => r.Rang));
        Assert.All(relances, r => Assert.Equal(orientation, r.DateReference));
        var envois = await app.DansDepartementAsync("49", db => db.Set<Envoi>().AsNoTracking().Where(e => e.PersonneId == p.PersonneId).ToListAsync());
        Assert.Equal(3, envois.Count(e => e.CodeModele == ModelesParDefaut.RelanceContratEp && e.Canal == CanalEnvoi.Courrier && e.Statut == StatutEnvoi.Envoye));
        Assert.All(relances, r => Assert.Contains(envois, e => e.Id == r.EnvoiId));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var lettre = await PdfDeTest.TexteAsync(await agent.GetAsync($"/personnes/{p.PersonneId}/courriers/{relances[0].EnvoiId}"));
        Assert.Contains(ChampsPersonne.FormaterDate(app.Aujourdhui.AddDays(30)), lettre, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actions_groupees_de_la_page_donnent_le_bilan_avec_les_refus_et_leur_raison()
    {
        var (due, pasDue) = (await OrienteeAsync(app, 61), await OrienteeAsync(app, 62));
        // Stays in the queue throughout, so the page keeps its form.
        await OrienteeAsync(app, 70);
        using var robot = await RobotAsync(app);
        await BilanAsync(robot, pasDue.PersonneId, reussie: true);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var url = "/ep/detection?critere=sans-contrat";
        var page = await agent.PageAsync(url);
        Assert.NotNull(page.QuerySelector($"tr[data-personne='{due.PersonneId}'] input[name=Selection]"));
        var reponse = await agent.SoumettreAsync(url, [new("Selection", due.PersonneId.ToString()), new("Selection", pasDue.PersonneId.ToString()), new("Action", "Relancer")]);
        var bilan = (await Navigateur.DocumentAsync(reponse)).QuerySelector("#bilan")!;
        Assert.Contains("Relance : 1 réussi, 1 refusé", bilan.TextContent, StringComparison.Ordinal);
        Assert.Contains("La relance n° 2 n'est due qu'à partir du", bilan.QuerySelector("#refusees")!.TextContent, StringComparison.Ordinal);

        reponse = await agent.SoumettreAsync(url, [new("Selection", due.PersonneId.ToString()), new("Selection", pasDue.PersonneId.ToString()), new("Action", "Proposer")]);
        var proposes = (await Navigateur.DocumentAsync(reponse)).QuerySelector("#bilan")!.TextContent;
        Assert.Contains("Proposition en équipe pluridisciplinaire : 2 réussis, 0 refusé", proposes, StringComparison.Ordinal);
        var dossier = Assert.Single(await DossiersAsync(app, due.PersonneId));
        Assert.Equal((app.Aujourdhui.AddDays(-1), StatutDossierEp.AInscrire), (dossier.DetecteLe, dossier.Statut));
        Assert.StartsWith($"Orienté(e) le {Jour(app.Aujourdhui.AddDays(-61))}, sans contrat signé", dossier.Motif, StringComparison.Ordinal);
        Assert.Null((await agent.PageAsync(url)).QuerySelector($"tr[data-personne='{due.PersonneId}']"));

        reponse = await agent.SoumettreAsync(url, [new("Selection", due.PersonneId.ToString()), new("Action", "Proposer")]);
        Assert.Contains("Ne figure plus dans la file", (await Navigateur.DocumentAsync(reponse)).QuerySelector("#refusees")!.TextContent, StringComparison.Ordinal);
        reponse = await agent.SoumettreAsync(url, [new("Action", "Relancer")]);
        Assert.Contains("Cochez au moins une personne.", (await Navigateur.DocumentAsync(reponse)).QuerySelector("#erreur-action")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_deja_lue_montre_aussitot_la_relance_l_absence_et_le_dossier_qui_la_changent()
    {
        var (relancee, absente) = (await OrienteeAsync(app, 65), await OrienteeAsync(app, null));
        await AbsencesAsync(app, absente.PersonneId, 20);
        using var robot = await RobotAsync(app);
        // Read once, so the queues' order is kept; each write below must show on the next read all the same.
        Assert.Equal(0, Ligne(await FileAsync(robot, "sans-contrat"), relancee.PersonneId)!.Value.GetProperty("relancesEnvoyees").GetInt32());
        Assert.Null(Ligne(await FileAsync(robot, "absences-repetees"), absente.PersonneId));

        await AbsencesAsync(app, absente.PersonneId, 30);
        Assert.NotNull(Ligne(await FileAsync(robot, "absences-repetees"), absente.PersonneId));
        await BilanAsync(robot, relancee.PersonneId, reussie: true);
        Assert.Equal(1, Ligne(await FileAsync(robot, "sans-contrat"), relancee.PersonneId)!.Value.GetProperty("relancesEnvoyees").GetInt32());
        Assert.Equal(HttpStatusCode.Created, (await ProposerAsync(robot, absente.PersonneId, NatureThematique.AbsencesRepetees)).StatusCode);
        Assert.Null(Ligne(await FileAsync(robot, "absences-repetees"), absente.PersonneId));
    }

    [Theory]
    [InlineData("referent@49")]
    [InlineData("membre-ep@49")]
    public async Task Referent_et_membre_d_ep_refuses_sur_la_file_et_l_api(string login)
    {
        var p = await OrienteeAsync(app, 100);
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await navigateur.GetAsync("/ep/detection"), $"/ep/detection pour {login}");
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync("/api/v1/ep/detection")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await RelancerAsync(navigateur.Client, p.PersonneId)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ProposerAsync(navigateur.Client, p.PersonneId, NatureThematique.SansContrat)).StatusCode);
        Assert.Empty(await DossiersAsync(app, p.PersonneId));
    }

    /// <summary>Sends one reminder through the API; returns the summary line's message, success or refusal as expected.</summary>
    private static async Task<string> BilanAsync(HttpClient robot, int personneId, bool reussie)
    {
        var reponse = await RelancerAsync(robot, personneId);
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var bilan = await reponse.Content.ReadFromJsonAsync<JsonElement>();
        var ligne = Assert.Single(bilan.GetProperty(reussie ? "reussies" : "refusees").EnumerateArray());
        Assert.Equal(personneId, ligne.GetProperty("personneId").GetInt32());
        return ligne.GetProperty("message").GetString()!;
    }
}
