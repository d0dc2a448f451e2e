using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Dossiers;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.EquipesPluridisciplinaires.Seances.SeancesDeTest;

namespace Passerelle.Tests.Features.EquipesPluridisciplinaires.Seances;

/// <summary>Who runs which session: the agents of the EP's territoire (or of the whole département), never a référent; pages as users post them.</summary>
public sealed class AccesSeancesTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Referent_est_refuse_sur_les_seances()
    {
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Refus.Refuse(await referent.GetAsync("/ep/seances"), "référent GET /ep/seances");
        Refus.Refuse(await referent.GetAsync("/ep/seances/nouvelle"), "référent GET /ep/seances/nouvelle");
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.GetAsync("/api/v1/ep/seances")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PosterAsync(referent, "/api/v1/ep/seances", new { equipeId = 1, jour = "2030-01-01", heure = "10:00", lieu = "x" })).StatusCode);
    }

    [Fact]
    public async Task Agent_de_territoire_ne_conduit_pas_l_equipe_d_un_autre_territoire()
    {
        var sien = await app.DansDepartementAsync("49", db => db.Habilitations
            .Where(h => h.Role == Role.AgentDepartemental && h.TerritoireId != null && db.Users.Any(u => u.Id == h.UtilisateurId && u.Email == "agent-territoire@49.passerelle.test"))
            .Select(h => h.TerritoireId!.Value).FirstAsync());
        var autre = await app.DansDepartementAsync("49", db => db.Territoires.Where(t => t.Id != sien).Select(t => t.Nom).FirstAsync());
        var equipe = await EquipeAsync(app, autre);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var seance = await SeanceAsync(agent, equipe.Id);
        using var territoire = await Navigateur.ConnecteAsync(app, "agent-territoire@49");

        Assert.Equal(HttpStatusCode.NotFound, (await territoire.GetAsync($"/ep/seances/{seance}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await territoire.GetAsync($"/api/v1/ep/seances/{seance}")).StatusCode);
        var equipes = await (await territoire.GetAsync("/api/v1/ep/equipes")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(equipes.EnumerateArray(), e => e.GetProperty("id").GetInt32() == equipe.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await PosterAsync(territoire, $"/api/v1/ep/seances/{seance}/actes", new { version = 0, acte = "Annuler", motif = "x" })).StatusCode);
        var creation = await PosterAsync(territoire, "/api/v1/ep/seances", new { equipeId = equipe.Id, jour = "2030-01-07", heure = "10:00", lieu = "Salle" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, creation.StatusCode);
        Assert.Contains("n'est pas dans votre périmètre", await creation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Equipe_de_territoire_refuse_le_dossier_d_un_autre_territoire_equipe_departementale_l_accepte()
    {
        var angers = await EquipeAsync(app, DonneesDossiers.Angers);
        var departementale = await EquipeAsync(app, territoire: null);
        var saumurois = await DossierAsync(app, DonneesDossiers.Saumurois);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var seance = await SeanceAsync(agent, angers.Id);
        Assert.Equal($"Dossier n° {saumurois.Id} : la personne ne relève pas du territoire de cette équipe pluridisciplinaire.",
            await OrdreDuJourAsync(app, agent, seance, "Inscrire", saumurois.Id));
        Assert.Null(await OrdreDuJourAsync(app, agent, await SeanceAsync(agent, departementale.Id), "Inscrire", saumurois.Id));
    }

    [Fact]
    public async Task Agent_cree_la_seance_et_compose_l_ordre_du_jour_par_les_pages()
    {
        var equipe = await EquipeAsync(app);
        var (premier, second) = (await DossierAsync(app), await DossierAsync(app));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var jour = HeureDeTest.Aujourdhui.AddDays(15).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var refus = await agent.SoumettreAsync("/ep/seances/nouvelle", [new("EquipeId", equipe.Id.ToString(CultureInfo.InvariantCulture)), new("Jour", jour), new("Heure", "09:30"), new("Lieu", "")]);
        Assert.Equal("Indiquez le lieu de la séance.", (await Navigateur.DocumentAsync(refus)).QuerySelector("#erreur-seance")!.TextContent.Trim());
        var creee = await agent.SoumettreAsync("/ep/seances/nouvelle", [new("EquipeId", equipe.Id.ToString(CultureInfo.InvariantCulture)), new("Jour", jour), new("Heure", "09:30"), new("Lieu", "Hôtel du département")]);
        Assert.Equal(HttpStatusCode.Redirect, creee.StatusCode);
        var url = creee.Headers.Location!.OriginalString;
        var seance = await LireSeanceAsync(app, int.Parse(url.Split('/')[^1], CultureInfo.InvariantCulture));
        Assert.Equal(new TimeOnly(9, 30), TimeOnly.FromDateTime(HeureDeTest.Paris(seance.Debut)));

        var page = await agent.PageAsync(url);
        Assert.NotNull(page.QuerySelector($"#inscrire-{premier.Id}"));
        Assert.Equal(HttpStatusCode.Redirect, (await agent.SoumettreAsync(url, [new("version", "0"), new("dossiers", premier.Id.ToString(CultureInfo.InvariantCulture)),
            new("dossiers", second.Id.ToString(CultureInfo.InvariantCulture))], $"{url}?handler=Inscrire")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await agent.SoumettreAsync(url, [new("version", "1"), new("dossier", second.Id.ToString(CultureInfo.InvariantCulture)), new("sens", "-1")],
            $"{url}?handler=Deplacer")).StatusCode);
        page = await agent.PageAsync(url);
        Assert.Equal("Ordre de passage enregistré.", page.QuerySelector("[role=status], [role=alert]")?.TextContent.Trim());
        Assert.Equal([second.Id, premier.Id], await app.DansDepartementAsync("49", db => db.Set<DossierEp>().Where(d => d.SeanceEpId == seance.Id).OrderBy(d => d.Rang).Select(d => d.Id).ToListAsync()));
        Assert.NotNull(page.QuerySelector($"#ordre-du-jour a[href='/ep/dossiers/{premier.Id}']"));
        Assert.NotNull(page.QuerySelector("#form-ArreterOrdreDuJour"));
        Assert.Null(page.QuerySelector("#form-Convoquer"));
    }
}
