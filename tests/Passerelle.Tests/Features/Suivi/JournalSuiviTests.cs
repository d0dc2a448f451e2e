using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Suivi.Journal;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Suivi.DonneesSuivi;

namespace Passerelle.Tests.Features.Suivi;

/// <summary>The journal: who reads what, notes rendered as text, the objectives' life, the dominante's history, and the same through the API.</summary>
public sealed class JournalSuiviTests(Application app) : IClassFixture<Application>
{
    private static Task<string> NoterAsync(Navigateur navigateur, int personneId, string texte, Confidentialite confidentialite = Confidentialite.Equipe) =>
        AgirAsync(navigateur, personneId, "Ecrire", Champ("Nature", NatureEcrit.Note), Champ("Confidentialite", confidentialite), Champ("Texte", texte));

    [Fact]
    public async Task Note_avec_balise_script_est_rendue_echappee()
    {
        var suivi = await CreerAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, suivi.Referent.Login);
        Assert.Equal("Note enregistrée.", await NoterAsync(referent, suivi.PersonneId, "<script>alert('x')</script> rappeler lundi"));

        var html = await (await referent.GetAsync($"/personnes/{suivi.PersonneId}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; rappeler lundi", html, StringComparison.Ordinal);
        var parcours = await (await referent.GetAsync($"/personnes/{suivi.PersonneId}/parcours")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", parcours, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Note_referent_seulement_n_est_lue_ni_par_un_agent_ni_par_un_membre_de_l_equipe()
    {
        var suivi = await CreerAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, suivi.Referent.Login);
        await InviterAsync(referent, suivi, HeureDeTest.Aujourdhui.AddMonths(2));
        await ConsentirAsync(referent, suivi.PersonneId);
        await NoterAsync(referent, suivi.PersonneId, "Partagée avec l'équipe");
        await NoterAsync(referent, suivi.PersonneId, "Confidentielle au référent", Confidentialite.ReferentSeulement);

        foreach (var login in new[] { "agent@49", suivi.Conseiller.Login })
        {
            using var lecteur = await Navigateur.ConnecteAsync(app, login);
            var textes = (await lecteur.PageAsync($"/personnes/{suivi.PersonneId}")).QuerySelectorAll(".texte-ecrit").Select(e => e.TextContent).ToList();
            Assert.Equal(["Partagée avec l'équipe"], textes);
            var api = await lecteur.Client.GetFromJsonAsync<JsonElement>($"/api/v1/personnes/{suivi.PersonneId}/journal");
            Assert.Equal(["Partagée avec l'équipe"], api.GetProperty("ecrits").EnumerateArray().Select(e => e.GetProperty("texte").GetString()));
        }
        var siens = (await referent.PageAsync($"/personnes/{suivi.PersonneId}")).QuerySelectorAll(".texte-ecrit").Select(e => e.TextContent).Order().ToList();
        Assert.Equal(["Confidentielle au référent", "Partagée avec l'équipe"], siens);
    }

    [Fact]
    public async Task Contact_dans_le_futur_ou_sans_date_est_refuse()
    {
        var suivi = await CreerAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, suivi.Referent.Login);
        var futur = await AgirAsync(referent, suivi.PersonneId, "Ecrire", Champ("Nature", NatureEcrit.Telephone), Champ("Confidentialite", Confidentialite.Equipe),
            Champ("Date", Jour(HeureDeTest.Aujourdhui.AddDays(2))), Champ("Texte", "Appel"));
        var sansDate = await AgirAsync(referent, suivi.PersonneId, "Ecrire", Champ("Nature", NatureEcrit.Visite), Champ("Confidentialite", Confidentialite.Equipe), Champ("Texte", "Visite"));
        var hier = await AgirAsync(referent, suivi.PersonneId, "Ecrire", Champ("Nature", NatureEcrit.Telephone), Champ("Confidentialite", Confidentialite.Equipe),
            Champ("Date", Jour(HeureDeTest.Aujourdhui.AddDays(-1))), Champ("Heure", "10:30"), Champ("Texte", "Appel de suivi"));

        Assert.Contains("futur", futur, StringComparison.Ordinal);
        Assert.Contains("date du contact", sansDate, StringComparison.Ordinal);
        Assert.Equal("Contact enregistré.", hier);
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Set<EcritJournal>().CountAsync(e => e.PersonneId == suivi.PersonneId)));
    }

    [Fact]
    public async Task Objectif_suit_sa_machine_a_etats_et_un_statut_final_ne_change_plus()
    {
        var suivi = await CreerAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, suivi.Referent.Login);
        Assert.Equal("Objectif ajouté.", await AgirAsync(referent, suivi.PersonneId, "Objectif", Champ("Libelle", "Obtenir le permis B")));
        var objectif = await app.DansDepartementAsync("49", db => db.Set<Objectif>().AsNoTracking().SingleAsync(o => o.PersonneId == suivi.PersonneId));
        Assert.Equal("Action ajoutée.", await AgirAsync(referent, suivi.PersonneId, "Objectif", Champ("Libelle", "S'inscrire au code"), Champ("ObjectifParentId", objectif.Id)));

        Assert.Contains("Réalisé", await AgirAsync(referent, suivi.PersonneId, "Statut", Champ("ObjectifId", objectif.Id), Champ("Version", 0), Champ("Statut", StatutObjectif.Realise)),
            StringComparison.Ordinal);
        var refus = await AgirAsync(referent, suivi.PersonneId, "Statut", Champ("ObjectifId", objectif.Id), Champ("Version", 1), Champ("Statut", StatutObjectif.EnCours));
        Assert.Equal(TransitionsObjectif.Refus(StatutObjectif.Realise, StatutObjectif.EnCours), refus);
        var perime = await AgirAsync(referent, suivi.PersonneId, "Statut", Champ("ObjectifId", objectif.Id), Champ("Version", 0), Champ("Statut", StatutObjectif.Annule));
        Assert.Contains("vient d'être modifiée", perime, StringComparison.Ordinal);
        Assert.Equal(StatutObjectif.Realise, (await app.DansDepartementAsync("49", db => db.Set<Objectif>().AsNoTracking().SingleAsync(o => o.Id == objectif.Id))).Statut);
    }

    [Theory]
    [InlineData(StatutObjectif.Prevu, StatutObjectif.EnCours, true)]
    [InlineData(StatutObjectif.EnCours, StatutObjectif.EnPause, true)]
    [InlineData(StatutObjectif.EnPause, StatutObjectif.EnCours, true)]
    [InlineData(StatutObjectif.EnPause, StatutObjectif.Realise, false)]
    [InlineData(StatutObjectif.Abandonne, StatutObjectif.EnCours, false)]
    [InlineData(StatutObjectif.Annule, StatutObjectif.Prevu, false)]
    [InlineData(StatutObjectif.EnCours, StatutObjectif.Prevu, false)]
    public void Transition_d_objectif_est_permise_selon_la_machine(StatutObjectif de, StatutObjectif vers, bool permise) =>
        Assert.Equal(permise, TransitionsObjectif.EstPermise(de, vers));

    [Fact]
    public async Task Dominante_changee_garde_son_historique_et_refuse_un_code_inconnu()
    {
        var suivi = await CreerAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, suivi.Referent.Login);
        await AgirAsync(referent, suivi.PersonneId, "Dominante", Champ("Dominante", "lien-social"));
        await AgirAsync(referent, suivi.PersonneId, "Dominante", Champ("Dominante", "preparation-emploi"));
        Assert.Contains("Choisissez une dominante", await AgirAsync(referent, suivi.PersonneId, "Dominante", Champ("Dominante", "inventee")), StringComparison.Ordinal);

        var historique = await app.DansDepartementAsync("49", db => db.Set<DominanteAccompagnement>().AsNoTracking().Where(d => d.PersonneId == suivi.PersonneId)
            .OrderBy(d => d.Id).Select(d => new { d.Code, Ouverte = d.DateFin == null }).ToListAsync());
        Assert.Equal([("lien-social", false), ("preparation-emploi", true)], historique.Select(h => (h.Code, h.Ouverte)));
    }

    [Fact]
    public async Task Cle_d_api_ecrit_au_journal_et_lit_le_parcours_filtre_par_nature()
    {
        var suivi = await CreerAsync(app);
        var (cle, _) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.SuiviLecture, PorteesApi.SuiviEcriture]);
        using var robot = ClesDeTest.Robot(app, cle);
        var ecrit = await robot.PostAsJsonAsync($"/api/v1/personnes/{suivi.PersonneId}/journal", new { nature = "Courriel", confidentialite = "Equipe", date = HeureDeTest.MaintenantUtc, texte = "Relance envoyée" });
        Assert.Equal(HttpStatusCode.OK, ecrit.StatusCode);
        var vide = await robot.PostAsJsonAsync($"/api/v1/personnes/{suivi.PersonneId}/journal", new { nature = "Note", confidentialite = "Equipe", texte = "  " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, vide.StatusCode);

        var tout = await robot.GetFromJsonAsync<JsonElement>($"/api/v1/personnes/{suivi.PersonneId}/parcours");
        var natures = tout.GetProperty("natures").EnumerateArray().Select(n => n.GetString()).ToList();
        Assert.Contains("Journal", natures);
        Assert.Contains("Référent", natures);
        Assert.Contains("Orientation", natures);
        var journal = await robot.GetFromJsonAsync<JsonElement>($"/api/v1/personnes/{suivi.PersonneId}/parcours?nature=Journal");
        var evenements = journal.GetProperty("evenements").GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal(["Journal"], evenements.Select(e => e.GetProperty("nature").GetString()).Distinct());
        Assert.Equal("Relance envoyée", Assert.Single(evenements).GetProperty("detail").GetString());
        var avant = await robot.GetFromJsonAsync<JsonElement>($"/api/v1/personnes/{suivi.PersonneId}/parcours?nature=Journal&au={Jour(HeureDeTest.Aujourdhui.AddDays(-1))}");
        Assert.Equal(0, avant.GetProperty("evenements").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Page_du_parcours_reunit_les_sources_et_refuse_une_periode_inversee()
    {
        var suivi = await CreerAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, suivi.Referent.Login);
        await NoterAsync(referent, suivi.PersonneId, "Premier entretien");
        var page = await referent.PageAsync($"/personnes/{suivi.PersonneId}/parcours");
        var natures = page.QuerySelectorAll(".evenement-parcours td:nth-child(2)").Select(c => c.TextContent).Distinct().ToList();
        Assert.Contains("Journal", natures);
        Assert.Contains("Référent", natures);

        var inversee = await referent.PageAsync($"/personnes/{suivi.PersonneId}/parcours?Du=2026-05-01&Au=2026-01-01");
        Assert.Equal("La fin de la période précède son début.", inversee.QuerySelector("#erreur-au")?.TextContent);
        using var autre = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync($"/personnes/{suivi.PersonneId}/parcours")).StatusCode);
    }
}
