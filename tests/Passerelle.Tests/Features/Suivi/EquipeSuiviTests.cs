using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Suivi.Equipe;
using Passerelle.Web.Platform.Audit;
using static Passerelle.Tests.Features.Suivi.DonneesSuivi;

namespace Passerelle.Tests.Features.Suivi;

/// <summary>The follow-up team: who joins, who decides, and the consent that opens and closes access to professionals of other structures.</summary>
public sealed class EquipeSuiviTests(Application app) : IClassFixture<Application>
{
    private async Task<HttpStatusCode> StatutPageAsync(string login, int personneId)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        return (await navigateur.GetAsync($"/personnes/{personneId}")).StatusCode;
    }

    [Fact]
    public async Task Conseiller_d_une_autre_structure_n_accede_qu_avec_le_consentement_et_le_perd_des_son_retrait()
    {
        var suivi = await CreerAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, suivi.Referent.Login);
        Assert.Equal(HttpStatusCode.NotFound, await StatutPageAsync(suivi.Conseiller.Login, suivi.PersonneId));

        Assert.Contains("ajouté", await InviterAsync(referent, suivi, HeureDeTest.Aujourdhui.AddMonths(6)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await StatutPageAsync(suivi.Conseiller.Login, suivi.PersonneId));

        Assert.Contains("Consentement au partage enregistré", await ConsentirAsync(referent, suivi.PersonneId), StringComparison.Ordinal);
        using var conseiller = await Navigateur.ConnecteAsync(app, suivi.Conseiller.Login);
        Assert.Equal(HttpStatusCode.OK, (await conseiller.GetAsync($"/personnes/{suivi.PersonneId}")).StatusCode);

        Assert.Contains("Consentement retiré", await AgirAsync(referent, suivi.PersonneId, "RetraitConsentement"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await conseiller.GetAsync($"/personnes/{suivi.PersonneId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await conseiller.GetAsync($"/api/v1/personnes/{suivi.PersonneId}/journal")).StatusCode);
    }

    [Fact]
    public async Task Membre_dont_la_date_de_fin_est_passee_ou_retire_n_accede_plus()
    {
        var suivi = await CreerAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, suivi.Referent.Login);
        await InviterAsync(referent, suivi, HeureDeTest.Aujourdhui.AddMonths(1));
        await ConsentirAsync(referent, suivi.PersonneId);
        Assert.Equal(HttpStatusCode.OK, await StatutPageAsync(suivi.Conseiller.Login, suivi.PersonneId));

        await app.DansDepartementAsync("49", db => db.Set<MembreEquipe>().Where(m => m.PersonneId == suivi.PersonneId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DateFin, HeureDeTest.Aujourdhui.AddDays(-2))));
        Assert.Equal(HttpStatusCode.NotFound, await StatutPageAsync(suivi.Conseiller.Login, suivi.PersonneId));

        await app.DansDepartementAsync("49", db => db.Set<MembreEquipe>().Where(m => m.PersonneId == suivi.PersonneId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DateFin, HeureDeTest.Aujourdhui.AddMonths(1))));
        var membre = await app.DansDepartementAsync("49", db => db.Set<MembreEquipe>().SingleAsync(m => m.PersonneId == suivi.PersonneId));
        Assert.Contains("ne fait plus partie", await AgirAsync(referent, suivi.PersonneId, "Retirer", Champ("MembreId", membre.Id), Champ("Version", membre.Version)),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await StatutPageAsync(suivi.Conseiller.Login, suivi.PersonneId));
    }

    [Fact]
    public async Task Demande_d_un_responsable_attend_le_referent_qui_seul_decide_et_chaque_changement_est_journalise()
    {
        var suivi = await CreerAsync(app);
        using var responsable = await Navigateur.ConnecteAsync(app, "responsable@49");
        Assert.Contains("Demande envoyée", await InviterAsync(responsable, suivi, HeureDeTest.Aujourdhui.AddMonths(3)), StringComparison.Ordinal);
        var membre = await app.DansDepartementAsync("49", db => db.Set<MembreEquipe>().AsNoTracking().SingleAsync(m => m.PersonneId == suivi.PersonneId));
        Assert.Equal(StatutMembre.Demande, membre.Statut);

        var refus = await AgirAsync(responsable, suivi.PersonneId, "Decider", Champ("MembreId", membre.Id), Champ("Version", membre.Version), Champ("Accepter", true));
        Assert.Equal(ServiceEquipe.DecisionReservee, refus);
        using var referent = await Navigateur.ConnecteAsync(app, suivi.Referent.Login);
        Assert.Contains("Demande acceptée", await AgirAsync(referent, suivi.PersonneId, "Decider", Champ("MembreId", membre.Id), Champ("Version", membre.Version), Champ("Accepter", true)),
            StringComparison.Ordinal);

        var (statut, journal) = await app.DansDepartementAsync("49", async db => (
            (await db.Set<MembreEquipe>().AsNoTracking().SingleAsync(m => m.Id == membre.Id)).Statut,
            await db.Audit.Where(a => a.Objet == nameof(MembreEquipe) && a.ObjetId == membre.Id.ToString()).Select(a => a.Action).ToListAsync()));
        Assert.Equal(StatutMembre.Accepte, statut);
        Assert.Equal([AuditActions.Creation, AuditActions.Modification], journal.Order());
    }

    [Fact]
    public async Task Invitation_d_un_inconnu_ou_sans_date_de_fin_est_refusee_et_rien_n_est_cree()
    {
        var suivi = await CreerAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, suivi.Referent.Login);
        var inconnu = await AgirAsync(referent, suivi.PersonneId, "Inviter", Champ("Email", "personne@ailleurs.fr"), Champ("Fonction", "X"), Champ("DateFin", Jour(HeureDeTest.Aujourdhui.AddDays(5))));
        var sansFin = await AgirAsync(referent, suivi.PersonneId, "Inviter", Champ("Email", suivi.Conseiller.Login), Champ("Fonction", "X"));
        var operateur = await AgirAsync(referent, suivi.PersonneId, "Inviter", Champ("Email", "operateur@49.passerelle.test"), Champ("Fonction", "X"), Champ("DateFin", Jour(HeureDeTest.Aujourdhui.AddDays(5))));

        Assert.Contains("Aucun référent", inconnu, StringComparison.Ordinal);
        Assert.Contains("date de fin", sansFin, StringComparison.Ordinal);
        Assert.Contains("Aucun référent", operateur, StringComparison.Ordinal);
        Assert.False(await app.DansDepartementAsync("49", db => db.Set<MembreEquipe>().AnyAsync(m => m.PersonneId == suivi.PersonneId)));
    }

    [Fact]
    public async Task Operateur_est_refuse_sur_la_page_de_la_personne_et_l_api_de_suivi()
    {
        var suivi = await CreerAsync(app);
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        foreach (var page in new[] { $"/personnes/{suivi.PersonneId}", $"/personnes/{suivi.PersonneId}/parcours", $"/personnes/{suivi.PersonneId}/documents/1" })
            Assert.Contains("/erreur/403", (await operateur.GetAsync(page)).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await operateur.GetAsync($"/api/v1/personnes/{suivi.PersonneId}/journal")).StatusCode);
    }
}
