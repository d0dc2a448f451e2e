using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Features.Envois;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Coordonnees;
using Passerelle.Web.Features.Envois;
using static Passerelle.Tests.Features.Coordonnees.CoordonneesDeTest;

namespace Passerelle.Tests.Features.Coordonnees;

/// <summary>Contact details edited from the person page and the API: history, audit, consent, landlines and foreign numbers, bounces, refusals.</summary>
public sealed class CoordonneesTests(EnvoisDeTest envois) : IClassFixture<EnvoisDeTest>
{
    private Application App => envois.App;

    private Task<List<ChangementCoordonnees>> HistoriqueAsync(int personneId) =>
        App.DansDepartementAsync("49", db => db.Set<ChangementCoordonnees>().AsNoTracking().Where(c => c.PersonneId == personneId).OrderBy(c => c.Id).ToListAsync());

    private Task<CoordonneesPersonne> CoordonneesAsync(int personneId) =>
        App.DansDepartementAsync("49", db => db.Set<CoordonneesPersonne>().AsNoTracking().SingleAsync(c => c.PersonneId == personneId));

    [Fact]
    public async Task Coordonnees_modifiees_gardent_l_historique_l_audit_et_l_accord_puis_son_retrait()
    {
        var p = await ParcoursDeTest.CreerAsync(App);
        using var agent = await Navigateur.ConnecteAsync(App, "agent@49");
        var (mobile, email) = (Mobile(), Email());

        Assert.Equal("Coordonnées enregistrées.", await EnregistrerAsync(agent, App, p.PersonneId, mobile, email, telephone2: "02 41 00 00 00"));
        Assert.Equal("Coordonnées enregistrées.", await EnregistrerAsync(agent, App, p.PersonneId, mobile, email, sms: false, recueil: null, telephone2: "02 41 00 00 00"));

        var historique = await HistoriqueAsync(p.PersonneId);
        Assert.Equal([ServiceCoordonnees.ChampTelephone, ServiceCoordonnees.ChampTelephone2, ServiceCoordonnees.ChampEmail, ServiceCoordonnees.ChampConsentementSms,
            ServiceCoordonnees.ChampConsentementEmail, ServiceCoordonnees.ChampConsentementSms], historique.Select(h => h.Champ));
        Assert.Equal((null, mobile), (historique[0].Ancienne, historique[0].Nouvelle));
        Assert.Equal(("donné (en entretien)", "retiré"), (historique[3].Nouvelle, historique[5].Nouvelle));
        Assert.All(historique, h => Assert.False(string.IsNullOrEmpty(h.Par)));
        var coordonnees = await CoordonneesAsync(p.PersonneId);
        Assert.False(coordonnees.ConsentementSms.Donne);
        Assert.Equal((true, RecueilConsentement.Entretien), (coordonnees.ConsentementEmail.Donne, coordonnees.ConsentementEmail.Recueil));
        Assert.Equal(2, await App.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == ActionsCoordonnees.Modification && a.ObjetId == p.PersonneId.ToString())));

        var page = await agent.PageAsync($"/personnes/{p.PersonneId}");
        Assert.Contains("retiré le", page.QuerySelector("#coord-accord-sms")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, page.QuerySelectorAll("#historique-coordonnees tbody tr").Length);

        // Without consent to SMS, the invitation goes by e-mail (and letter) only.
        var message = await InviterAsync(agent, App, p);
        Assert.Contains("SMS non envoyé : " + Web.Features.Coordonnees.JoignabiliteCoordonnees.SansAccordSms, message, StringComparison.Ordinal);
        Assert.Empty(SmsRecus(envois, mobile));
        Assert.Single(envois.Smtp.RecusPour(email));
    }

    [Theory]
    [InlineData("02 41 00 00 00", "est un numéro fixe")]
    [InlineData("+44 7911 123456", "est un numéro étranger")]
    public async Task Numero_fixe_ou_etranger_est_garde_mais_marque_sans_sms_avec_sa_raison(string numero, string raison)
    {
        var p = await ParcoursDeTest.CreerAsync(App);
        using var agent = await Navigateur.ConnecteAsync(App, "agent@49");
        Assert.Contains(raison, await EnregistrerAsync(agent, App, p.PersonneId, numero, null, courriel: false), StringComparison.Ordinal);
        Assert.Equal(numero, await App.DansDepartementAsync("49", db => db.Personnes.Where(x => x.Id == p.PersonneId).Select(x => x.Telephone).SingleAsync()));
        var page = await agent.PageAsync($"/personnes/{p.PersonneId}");
        Assert.Contains(raison, page.QuerySelector("#coord-telephone")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Pas de SMS", page.QuerySelector("#coord-telephone")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("06 12 AB 56 78", null, "Entretien", "n'est pas un numéro de téléphone")]
    [InlineData(null, "pas-une-adresse", "Entretien", "n'est pas valide")]
    [InlineData("06 12 34 56 78", null, null, "Indiquez comment l'accord de la personne a été recueilli.")]
    public async Task Saisie_invalide_est_refusee_et_rien_ne_change(string? telephone, string? email, string? recueil, string attendu)
    {
        var p = await ParcoursDeTest.CreerAsync(App);
        using var agent = await Navigateur.ConnecteAsync(App, "agent@49");
        Assert.Contains(attendu, await EnregistrerAsync(agent, App, p.PersonneId, telephone, email, recueil: recueil), StringComparison.Ordinal);
        Assert.Empty(await HistoriqueAsync(p.PersonneId));
    }

    [Fact]
    public async Task Modification_hors_perimetre_sans_role_ou_sur_une_version_perimee_est_refusee()
    {
        var p = await ParcoursDeTest.CreerAsync(App);
        using var referent = await Navigateur.ConnecteAsync(App, "referent@49");
        var horsPerimetre = await referent.SoumettreAsync("/", [Champ("Version", 0), Champ("Telephone", Mobile())], $"/personnes/{p.PersonneId}/coordonnees?handler=Modifier");
        Assert.Equal(HttpStatusCode.NotFound, horsPerimetre.StatusCode);
        using var lecteur = await Navigateur.ConnecteAsync(App, "lecteur@49");
        var sansRole = await lecteur.PosterAsync($"/api/v1/personnes/{p.PersonneId}/coordonnees", []);
        Assert.True(sansRole.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, sansRole.StatusCode.ToString());

        using var agent = await Navigateur.ConnecteAsync(App, "agent@49");
        await EnregistrerAsync(agent, App, p.PersonneId, Mobile(), null, courriel: false);
        var perimee = await agent.Client.PutAsJsonAsync($"/api/v1/personnes/{p.PersonneId}/coordonnees", new SaisieCoordonnees(0, Mobile(), null, null, true, false, null));
        Assert.Equal(HttpStatusCode.Conflict, perimee.StatusCode);
        Assert.Single(await HistoriqueAsync(p.PersonneId), h => h.Champ == ServiceCoordonnees.ChampTelephone);
        Assert.Empty(await App.DansDepartementAsync("49", db => db.Audit.Where(a => a.Action == ActionsCoordonnees.Modification && a.ObjetId == p.PersonneId.ToString() && a.Utilisateur!.StartsWith("referent")).ToListAsync()));

        var lu = await agent.Client.GetFromJsonAsync<CoordonneesApi>($"/api/v1/personnes/{p.PersonneId}/coordonnees");
        Assert.True(lu!.SmsPossible);
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync($"/api/v1/personnes/{p.PersonneId}/coordonnees")).StatusCode);
    }

    [Fact]
    public async Task Adresse_refusee_par_le_serveur_est_marquee_en_erreur_et_n_est_plus_utilisee()
    {
        var p = await ParcoursDeTest.CreerAsync(App);
        using var agent = await Navigateur.ConnecteAsync(App, "agent@49");
        var email = Email(ServeurSmtpDeTest.PrefixeInconnu.TrimEnd('-'));
        await EnregistrerAsync(agent, App, p.PersonneId, null, email, sms: false);

        Assert.Contains("e-mail : échec", await InviterAsync(agent, App, p), StringComparison.Ordinal);
        var coordonnees = await CoordonneesAsync(p.PersonneId);
        Assert.Equal(email, coordonnees.EmailEnErreur);
        Assert.Single(await HistoriqueAsync(p.PersonneId), h => h.Champ == ServiceCoordonnees.ChampEmailEnErreur && h.Par == JoignabiliteCoordonnees.ServeurMessagerie);
        Assert.Contains("En erreur", (await agent.PageAsync($"/personnes/{p.PersonneId}")).QuerySelector("#coord-email")?.TextContent, StringComparison.Ordinal);

        var tentatives = (await envois.JournalAsync("49", p.PersonneId)).Count(e => e.Canal == CanalEnvoi.Email);
        var relance = await App.DansDepartementAsync("49", async (_, services) =>
        {
            var invitation = await services.GetRequiredService<Web.Data.AppDbContext>().Set<Web.Features.Agenda.Invitation>().Where(i => i.PersonneId == p.PersonneId).Select(i => i.Id).SingleAsync();
            return await services.GetRequiredService<Web.Features.Agenda.NotificationsRendezVous>().InvitationAsync(invitation, CancellationToken.None, relance: true);
        });
        Assert.Contains("e-mail non envoyé : " + JoignabiliteCoordonnees.EmailEnErreur, relance, StringComparison.Ordinal);
        Assert.Equal(tentatives, (await envois.JournalAsync("49", p.PersonneId)).Count(e => e.Canal == CanalEnvoi.Email));

        // A new address clears the mark by itself.
        await EnregistrerAsync(agent, App, p.PersonneId, null, Email(), sms: false);
        Assert.DoesNotContain("En erreur", (await agent.PageAsync($"/personnes/{p.PersonneId}")).QuerySelector("#coord-email")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adresse_signalee_en_erreur_par_un_agent_n_est_plus_utilisee()
    {
        var p = await ParcoursDeTest.CreerAsync(App);
        using var agent = await Navigateur.ConnecteAsync(App, "agent@49");
        var email = Email();
        await EnregistrerAsync(agent, App, p.PersonneId, null, email, sms: false);
        var version = (await CoordonneesAsync(p.PersonneId)).Version;
        Assert.Equal(HttpStatusCode.Redirect, (await agent.SoumettreAsync($"/personnes/{p.PersonneId}", [Champ("Version", version)], $"/personnes/{p.PersonneId}/coordonnees?handler=EmailEnErreur")).StatusCode);
        Assert.True(await App.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Action == ActionsCoordonnees.EmailEnErreur && a.ObjetId == p.PersonneId.ToString())));
        Assert.Contains("e-mail non envoyé", await InviterAsync(agent, App, p), StringComparison.Ordinal);
        Assert.Empty(envois.Smtp.RecusPour(email));
    }
}
