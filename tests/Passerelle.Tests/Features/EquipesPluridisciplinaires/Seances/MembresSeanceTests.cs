using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.EquipesPluridisciplinaires.Seances.SeancesDeTest;

namespace Passerelle.Tests.Features.EquipesPluridisciplinaires.Seances;

/// <summary>A member reads only the sessions they are convened to, while open, and of each dossier only what the thématique needs.</summary>
public sealed class MembresSeanceTests(Application app) : IClassFixture<Application>
{
    /// <summary>A session of a new EP with one dossier on its agenda, its members convened.</summary>
    private async Task<(EquipeDeTest Equipe, DossierDeTestEp Dossier, int Seance)> ConvoqueeAsync(Navigateur agent)
    {
        var equipe = await EquipeAsync(app);
        var dossier = await DossierAsync(app);
        var seance = await SeanceAsync(agent, equipe.Id);
        Assert.Null(await OrdreDuJourAsync(app, agent, seance, "Inscrire", dossier.Id));
        Assert.Null(await ActeAsync(app, agent, seance, "ArreterOrdreDuJour"));
        Assert.Null(await ActeAsync(app, agent, seance, "Convoquer"));
        return (equipe, dossier, seance);
    }

    [Fact]
    public async Task Membre_convoque_lit_sa_seance_sans_NIR_ni_coordonnees_et_chaque_lecture_est_journalisee()
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var (equipe, dossier, seance) = await ConvoqueeAsync(agent);
        var (_, autre, autreSeance) = await ConvoqueeAsync(agent);
        using var membre = await Navigateur.ConnecteAsync(app, equipe.Membres[0].Courriel);

        var liste = await membre.PageAsync("/ep/seances");
        Assert.NotNull(liste.QuerySelector($"a[href='/ep/seances/{seance}']"));
        Assert.Null(liste.QuerySelector($"a[href='/ep/seances/{autreSeance}']"));

        var reponse = await membre.GetAsync($"/ep/seances/{seance}");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var html = await reponse.Content.ReadAsStringAsync();
        var page = await Navigateur.DocumentAsync(reponse);
        var fiche = page.QuerySelector($"#dossier-{dossier.Id}")!.TextContent;
        Assert.Contains(dossier.Nom, fiche, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"{Web.Features.EquipesPluridisciplinaires.Seances.DossierPourMembre.AgeLe(new DateOnly(1985, 4, 12), HeureDeTest.Aujourdhui.AddDays(20))} ans", fiche, StringComparison.Ordinal);
        Assert.Contains("ANGERS", fiche, StringComparison.Ordinal);
        Assert.Contains("Non-respect : pas de contrat signé", fiche, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("form"), f => (f.GetAttribute("action") ?? "").Contains("handler=", StringComparison.Ordinal));
        var json = await (await membre.GetAsync($"/api/v1/ep/seances/{seance}")).Content.ReadAsStringAsync();
        Assert.Contains(dossier.Nom, json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"ordreDuJour\":null", json, StringComparison.Ordinal);
        foreach (var interdit in new[] { dossier.Nir, dossier.Nir[..13], dossier.Courriel, "LILAS", "12/04/1985", "1985-04-12" })
        {
            Assert.DoesNotContain(interdit, html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(interdit, json, StringComparison.OrdinalIgnoreCase);
        }
        var membreId = equipe.Membres[0].UtilisateurId;
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == AuditActions.Consultation && a.Objet == nameof(DossierEp)
            && a.ObjetId == dossier.Id.ToString() && a.UtilisateurId == membreId)) >= 2);

        Assert.Equal(HttpStatusCode.NotFound, (await membre.GetAsync($"/ep/seances/{autreSeance}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await membre.GetAsync($"/api/v1/ep/seances/{autreSeance}")).StatusCode);
        Assert.DoesNotContain(autre.Nom, await (await membre.GetAsync("/api/v1/ep/seances")).Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, (await PosterAsync(membre, $"/api/v1/ep/seances/{seance}/actes", new { version = 0, acte = "Tenir" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PosterAsync(membre, $"/api/v1/ep/dossiers/{dossier.Id}/avis", new { version = 0, avis = "Sursis", motif = "x" })).StatusCode);
    }

    [Fact]
    public async Task Membre_non_convoque_ne_voit_aucune_seance()
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var (_, _, seance) = await ConvoqueeAsync(agent);
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.MembreEquipePluridisciplinaire);
        using var membre = await Navigateur.ConnecteAsync(app, email);
        Assert.NotNull((await membre.PageAsync("/ep/seances")).QuerySelector("#aucune-seance"));
        Assert.Equal(HttpStatusCode.NotFound, (await membre.GetAsync($"/ep/seances/{seance}")).StatusCode);
        Assert.Equal("[]", await (await membre.GetAsync("/api/v1/ep/seances")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Membre_ne_voit_la_seance_ni_avant_la_convocation_ni_apres_la_cloture()
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var equipe = await EquipeAsync(app, quorum: 2, minimumFranceTravail: 0);
        var dossier = await DossierAsync(app);
        var seance = await SeanceAsync(agent, equipe.Id);
        Assert.Null(await OrdreDuJourAsync(app, agent, seance, "Inscrire", dossier.Id));
        Assert.Null(await ActeAsync(app, agent, seance, "ArreterOrdreDuJour"));
        using var membre = await Navigateur.ConnecteAsync(app, equipe.Membres[1].Courriel);
        Assert.Equal(HttpStatusCode.NotFound, (await membre.GetAsync($"/ep/seances/{seance}")).StatusCode);

        Assert.Null(await ActeAsync(app, agent, seance, "Convoquer"));
        Assert.Equal(HttpStatusCode.OK, (await membre.GetAsync($"/ep/seances/{seance}")).StatusCode);
        await LeJourVenuAsync(app, seance);
        Assert.Null(await ActeAsync(app, agent, seance, "Tenir", membresPresents: equipe.Ids(FonctionMembre.Departement, FonctionMembre.FranceTravail)));
        Assert.Null(await AvisAsync(app, agent, dossier.Id, "Sursis"));
        Assert.Null(await ActeAsync(app, agent, seance, "TerminerAvis"));
        await app.DansDepartementAsync("49", db => db.Set<DossierEp>().Where(d => d.Id == dossier.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Statut, StatutDossierEp.Decide)));
        Assert.Null(await ActeAsync(app, agent, seance, "TerminerDecisions"));
        Assert.Equal(HttpStatusCode.OK, (await membre.GetAsync($"/api/v1/ep/seances/{seance}")).StatusCode);
        Assert.Null(await ActeAsync(app, agent, seance, "Clore"));
        Assert.Equal(HttpStatusCode.NotFound, (await membre.GetAsync($"/ep/seances/{seance}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await membre.GetAsync($"/api/v1/ep/seances/{seance}")).StatusCode);
    }
}
