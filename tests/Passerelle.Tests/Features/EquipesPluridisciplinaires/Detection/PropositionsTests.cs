using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Features.EquipesPluridisciplinaires.Detection;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.EquipesPluridisciplinaires.Detection.DetectionDeTest;

namespace Passerelle.Tests.Features.EquipesPluridisciplinaires.Detection;

/// <summary>Proposing a person to an EP: the 31 days between passages, one open dossier per nature, the next session, the scope, the withdrawal.</summary>
public sealed class PropositionsTests(ApplicationEp app) : IClassFixture<ApplicationEp>
{
    [Fact]
    public async Task Proposition_refusee_au_jour_30_acceptee_au_jour_31()
    {
        var p = await OrienteeAsync(app, 200);
        using var robot = await RobotAsync(app);
        var propose = app.Aujourdhui;
        Assert.Equal(HttpStatusCode.Created, (await ProposerAsync(robot, p.PersonneId, NatureThematique.SansContrat)).StatusCode);
        // The EP decided meanwhile: only the 31 days stand in the way now.
        await app.DansDepartementAsync("49", db => db.Set<DossierEp>().Where(d => d.PersonneId == p.PersonneId).ExecuteUpdateAsync(s => s.SetProperty(d => d.Statut, StatutDossierEp.Decide)));

        await app.PlusTardAsync(30, async () =>
        {
            var refus = await ProposerAsync(robot, p.PersonneId, NatureThematique.SansContrat);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refus.StatusCode);
            Assert.Equal($"Déjà proposé(e) le {Jour(propose)} sur cette thématique : un nouveau passage est possible à partir du {Jour(propose.AddDays(31))}.", await DetailAsync(refus));
            // Another thématique is not held back.
            Assert.Equal(HttpStatusCode.Created, (await ProposerAsync(robot, p.PersonneId, NatureThematique.MaintienSocial, "Maintien à examiner.")).StatusCode);
        });
        await app.PlusTardAsync(31, async () =>
            Assert.Equal(HttpStatusCode.Created, (await ProposerAsync(robot, p.PersonneId, NatureThematique.SansContrat)).StatusCode));
        Assert.Equal(2, (await DossiersAsync(app, p.PersonneId)).Count(d => d.Nature == NatureThematique.SansContrat));
    }

    [Fact]
    public async Task Dossier_ouvert_bloque_une_seconde_proposition_et_l_orientation_jusqu_a_son_retrait()
    {
        var p = await ParcoursDeTest.CreerAsync(app);
        using var robot = await RobotAsync(app);
        var cree = await ProposerAsync(robot, p.PersonneId, NatureThematique.AbsencesRepetees, "Trois absences sans excuse.");
        Assert.Equal(HttpStatusCode.Created, cree.StatusCode);
        var dossier = Assert.Single(await DossiersAsync(app, p.PersonneId));
        Assert.Equal((StatutDossierEp.AInscrire, "Trois absences sans excuse.", app.Aujourdhui), (dossier.Statut, dossier.Motif, dossier.DetecteLe));
        Assert.NotNull(dossier.TerritoireId);

        var double_ = await ProposerAsync(robot, p.PersonneId, NatureThematique.AbsencesRepetees);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, double_.StatusCode);
        Assert.Contains("déjà ouvert", await DetailAsync(double_), StringComparison.Ordinal);

        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Contains("Un dossier d'équipe pluridisciplinaire est ouvert", await ProposerOrientationAsync(agent, p), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await RetirerAsync(robot, dossier.Id, dossier.Version, null)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await RetirerAsync(robot, dossier.Id, dossier.Version + 1, "Contrat signé")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RetirerAsync(robot, dossier.Id, dossier.Version, "Contrat signé entre-temps")).StatusCode);
        Assert.Equal(StatutDossierEp.Retire, Assert.Single(await DossiersAsync(app, p.PersonneId)).Statut);
        Assert.Contains("proposée", await ProposerOrientationAsync(agent, p), StringComparison.Ordinal);
        // A withdrawn dossier was no passage: the person may be proposed again at once.
        Assert.Equal(HttpStatusCode.Created, (await ProposerAsync(robot, p.PersonneId, NatureThematique.AbsencesRepetees)).StatusCode);
        Assert.Equal(2, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Objet == nameof(DossierEp) && a.ObjetId == dossier.Id.ToString() && a.Action.StartsWith("ep-"))));
    }

    [Fact]
    public async Task Proposition_inscrit_a_la_prochaine_seance_creee_de_l_equipe_du_territoire()
    {
        // Saumurois: the other tests propose persons of Angers, whose territoire has no EP here.
        var p = await OrienteeAsync(app, 100, territoire: Dossiers.DonneesDossiers.Saumurois);
        var (seance, rang) = await app.DansDepartementAsync("49", async db =>
        {
            var territoire = await db.Set<Web.Features.Orientation.Parcours>().Where(x => x.Id == p.ParcoursId).Select(x => x.TerritoireId).SingleAsync();
            var equipe = new EquipePluridisciplinaire { Nom = "EP test " + Guid.NewGuid().ToString("N")[..6], TerritoireId = territoire };
            db.Add(equipe);
            await db.SaveChangesAsync();
            var debut = app.Horloge.GetUtcNow().UtcDateTime;
            var seances = new[] { 20, 10, -1 }.Select(j => new SeanceEp { EquipePluridisciplinaireId = equipe.Id, Debut = debut.AddDays(j), Lieu = "Angers", Statut = StatutSeance.Creee }).ToList();
            seances.Add(new SeanceEp { EquipePluridisciplinaireId = equipe.Id, Debut = debut.AddDays(5), Lieu = "Angers", Statut = StatutSeance.OrdreDuJourArrete });
            db.AddRange(seances);
            await db.SaveChangesAsync();
            var autre = await Web.Features.EquipesPluridisciplinaires.Detection.ThematiquesEp.ActiveAsync(db, NatureThematique.Reorientation, default);
            db.Add(new DossierEp
            {
                PersonneId = p.PersonneId,
                ThematiqueEpId = autre!.Id,
                Nature = NatureThematique.Reorientation,
                Motif = "déjà inscrit",
                CreePar = "test",
                Statut = StatutDossierEp.Decide,
                SeanceEpId = seances[1].Id,
                Rang = 4,
            });
            await db.SaveChangesAsync();
            return (seances[1].Id, 4);
        });
        using var robot = await RobotAsync(app);
        var cree = await ProposerAsync(robot, p.PersonneId, NatureThematique.SansContrat);
        Assert.Contains("inscrit(e) à la séance du", (await cree.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString(), StringComparison.Ordinal);
        var dossier = (await DossiersAsync(app, p.PersonneId)).Single(d => d.Nature == NatureThematique.SansContrat);
        Assert.Equal((StatutDossierEp.Inscrit, seance, rang + 1), (dossier.Statut, dossier.SeanceEpId, dossier.Rang));
    }

    [Fact]
    public async Task Agent_de_territoire_ne_propose_ni_ne_voit_une_personne_d_un_autre_territoire()
    {
        var sien = await app.DansDepartementAsync("49", db => db.Habilitations
            .Where(h => db.Users.Any(u => u.Id == h.UtilisateurId && u.Email == "agent-territoire@49.passerelle.test")).Select(h => h.Territoire!.Nom).SingleAsync());
        var autre = sien == Dossiers.DonneesDossiers.Angers ? Dossiers.DonneesDossiers.Saumurois : Dossiers.DonneesDossiers.Angers;
        var ailleurs = await OrienteeAsync(app, 100, territoire: autre);
        var chezLui = await OrienteeAsync(app, 100, territoire: sien);
        using var agent = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        Assert.Equal(HttpStatusCode.NotFound, (await ProposerAsync(agent.Client, ailleurs.PersonneId, NatureThematique.SansContrat)).StatusCode);
        var bilan = await (await RelancerAsync(agent.Client, ailleurs.PersonneId)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Cette personne n'est pas dans votre périmètre.", bilan.GetProperty("refusees")[0].GetProperty("message").GetString());
        var file = await FileAsync(agent.Client, "sans-contrat");
        Assert.Null(Ligne(file, ailleurs.PersonneId));
        Assert.NotNull(Ligne(file, chezLui.PersonneId));
        Assert.Empty(await DossiersAsync(app, ailleurs.PersonneId));
        Assert.Equal(HttpStatusCode.Created, (await ProposerAsync(agent.Client, chezLui.PersonneId, NatureThematique.SansContrat)).StatusCode);
        var dossier = Assert.Single(await DossiersAsync(app, chezLui.PersonneId));
        using var robot = await RobotAsync(app);
        Assert.Equal(HttpStatusCode.Created, (await ProposerAsync(robot, ailleurs.PersonneId, NatureThematique.SansContrat)).StatusCode);
        var autreDossier = Assert.Single(await DossiersAsync(app, ailleurs.PersonneId));
        Assert.Equal(HttpStatusCode.NotFound, (await RetirerAsync(agent.Client, autreDossier.Id, autreDossier.Version, "Essai")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RetirerAsync(agent.Client, dossier.Id, dossier.Version, "Contrat signé")).StatusCode);
    }

    [Fact]
    public async Task Thematiques_du_departement_creees_une_seule_fois()
    {
        var lectures = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => app.DansDepartementAsync("37", db => ThematiquesEp.ListeAsync(db, default))));
        Assert.All(lectures, l => Assert.Equal(Enum.GetValues<NatureThematique>().Length, l.Count));
        Assert.Equal(Enum.GetValues<NatureThematique>().Length, await app.DansDepartementAsync("37", db => db.Set<ThematiqueEp>().CountAsync()));
        Assert.Equal(lectures[0].Select(t => t.Id), (await app.DansDepartementAsync("37", db => ThematiquesEp.ListeAsync(db, default))).Select(t => t.Id));
    }

    [Fact]
    public async Task Thematique_desactivee_ou_motif_absent_refuse_la_proposition()
    {
        var p = await OrienteeAsync(app, 100);
        using var robot = await RobotAsync(app);
        var sansMotif = await ProposerAsync(robot, p.PersonneId, NatureThematique.SansContrat, " ");
        Assert.Contains("Indiquez le motif", await DetailAsync(sansMotif), StringComparison.Ordinal);
        await app.DansDepartementAsync("49", async db =>
        {
            await ThematiquesEp.ListeAsync(db, default);
            await db.Set<ThematiqueEp>().Where(t => t.Nature == NatureThematique.CerComplexe).ExecuteUpdateAsync(s => s.SetProperty(t => t.Active, false));
        });
        var inactive = await ProposerAsync(robot, p.PersonneId, NatureThematique.CerComplexe);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, inactive.StatusCode);
        Assert.Contains("n'est pas utilisée dans le département", await DetailAsync(inactive), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ProposerAsync(robot, int.MaxValue, NatureThematique.SansContrat)).StatusCode);
    }

    [Fact]
    public async Task Proposition_depuis_la_page_de_la_personne_sur_une_thematique_choisie()
    {
        var p = await OrienteeAsync(app, 10);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var lien = (await agent.PageAsync($"/personnes/{p.PersonneId}")).QuerySelector("#proposer-ep");
        Assert.Equal($"/ep/proposer?personne={p.PersonneId}", lien?.GetAttribute("href"));
        var url = $"/ep/proposer?personne={p.PersonneId}";
        Assert.NotNull((await agent.PageAsync(url)).QuerySelector("select#nature option[value=ContratNonRespecte]"));

        var sansThematique = await Navigateur.DocumentAsync(await agent.SoumettreAsync(url, [new("Motif", "Engagements du contrat non tenus.")]));
        Assert.Contains("Choisissez la thématique", sansThematique.QuerySelector("#erreur-proposition")!.TextContent, StringComparison.Ordinal);
        var reponse = await agent.SoumettreAsync(url, [new("Nature", "ContratNonRespecte"), new("Motif", "Engagements du contrat non tenus depuis trois mois.")]);
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.Equal($"/personnes/{p.PersonneId}#ep", reponse.Headers.Location?.OriginalString);
        var dossier = Assert.Single(await DossiersAsync(app, p.PersonneId));
        Assert.Equal((NatureThematique.ContratNonRespecte, "Engagements du contrat non tenus depuis trois mois.", app.Aujourdhui), (dossier.Nature, dossier.Motif, dossier.DetecteLe));
        var encore = await Navigateur.DocumentAsync(await agent.SoumettreAsync(url, [new("Nature", "ContratNonRespecte"), new("Motif", "Encore.")]));
        Assert.Contains("déjà ouvert", encore.QuerySelector("#erreur-proposition")!.TextContent, StringComparison.Ordinal);

        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Refus.Refuse(await referent.GetAsync(url), "/ep/proposer pour un référent");
        using var autre = await Navigateur.ConnecteAsync(app, "agent@37");
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task La_base_refuse_un_second_dossier_ouvert_de_meme_nature_meme_ecrit_sans_le_service()
    {
        var p = await OrienteeAsync(app, 100);
        using var robot = await RobotAsync(app);
        Assert.Equal(HttpStatusCode.Created, (await ProposerAsync(robot, p.PersonneId, NatureThematique.SansContrat)).StatusCode);
        var premier = Assert.Single(await DossiersAsync(app, p.PersonneId));
        await Assert.ThrowsAsync<DbUpdateException>(() => app.DansDepartementAsync("49", async db =>
        {
            db.Add(new DossierEp
            {
                PersonneId = p.PersonneId,
                ThematiqueEpId = premier.ThematiqueEpId,
                Nature = NatureThematique.SansContrat,
                Motif = "Doublon",
                DetecteLe = app.Aujourdhui,
                CreeLe = premier.CreeLe,
                CreePar = "test",
                Statut = StatutDossierEp.AInscrire
            });
            await db.SaveChangesAsync();
        }));
    }

    private static Task<HttpResponseMessage> RetirerAsync(HttpClient client, int dossierId, int version, string? motif) =>
        client.PostAsJsonAsync(new Uri($"/api/v1/ep/dossiers/{dossierId}/retrait", UriKind.Relative), new { version, motif });

    /// <summary>Posts an orientation proposal from the person page; returns the message shown after it.</summary>
    private async Task<string> ProposerOrientationAsync(Navigateur agent, PersonneSuivie p)
    {
        var version = (await ParcoursDeTest.LireAsync(app, p.ParcoursId)).Version;
        var url = $"/personnes/{p.PersonneId}";
        var reponse = await agent.SoumettreAsync(url, [new("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Type", "Sociale"), new("Motif", "Freins de logement")],
            ActionsPagePersonne.Url(p.PersonneId, "Proposer"));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return (await agent.PageAsync(url)).QuerySelector("[role=status], [role=alert]")?.TextContent.Trim() ?? "";
    }
}
