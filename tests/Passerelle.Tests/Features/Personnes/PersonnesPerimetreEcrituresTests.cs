using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Features.Portefeuille;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Personnes;

/// <summary>
/// Every action of the person page with a person, structure, référent or appointment id from outside
/// the user's scope: the answer an unknown id gets, and nothing written.
/// </summary>
public sealed class PersonnesPerimetreEcrituresTests(Application app) : IClassFixture<Application>
{
    public static TheoryData<string, string> ActionsHorsPerimetre()
    {
        var donnees = new TheoryData<string, string>();
        foreach (var login in new[] { "agent-territoire@49", "referent@49", "agent@37" })
            foreach (var handler in new[] { "Inviter", "Convoquer", "ConvoquerCreneau", "Proposer", "PreOrienter", "Valider", "Refuser", "Designer",
                "DemanderReorientation", "DeciderReorientation", "Statut" })
                donnees.Add(login, handler);
        return donnees;
    }

    private static KeyValuePair<string, string> Champ(string nom, object valeur) => new(nom, Convert.ToString(valeur, CultureInfo.InvariantCulture)!);

    private static async Task<string> AgirAsync(Navigateur navigateur, int personneId, string handler, params KeyValuePair<string, string>[] champs)
    {
        var url = $"/personnes/{personneId}";
        var reponse = await navigateur.SoumettreAsync(url, champs, ActionsPagePersonne.Url(personneId, handler));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return (await navigateur.PageAsync(url)).QuerySelector(".fr-alert")?.TextContent.Trim() ?? "";
    }

    /// <summary>The parcours version and every row an action of the page may add for the person.</summary>
    private Task<(int Version, int Invitations, int RendezVous, int Decisions, int Designations)> EtatAsync(int personneId, int parcoursId) =>
        app.DansDepartementAsync("49", async db => (
            await db.Set<Parcours>().Where(p => p.Id == parcoursId).Select(p => p.Version).SingleAsync(),
            await db.Set<Invitation>().CountAsync(i => i.PersonneId == personneId),
            await db.Set<RendezVous>().CountAsync(r => r.PersonneId == personneId),
            await db.Set<DecisionOrientation>().CountAsync(d => d.PersonneId == personneId),
            await db.Set<DesignationReferent>().CountAsync(d => d.PersonneId == personneId)));

    [Theory]
    [MemberData(nameof(ActionsHorsPerimetre))]
    public async Task Action_sur_une_personne_hors_perimetre_repond_404_et_rien_ne_change(string login, string handler)
    {
        // Saumurois: outside the territorial agent's territoire, in nobody's caseload, in another département for agent@37.
        var p = await ParcoursDeTest.CreerAsync(app, territoire: Saumurois);
        var avant = await EtatAsync(p.PersonneId, p.ParcoursId);
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        var jeton = await ComptesDeTest.JetonAsync(navigateur, "/");

        var reponse = await navigateur.PosterAsync(ActionsPagePersonne.Url(p.PersonneId, handler),
            [Champ("Version", avant.Version), Champ("Type", "Sociale"), Champ("Motif", "hors périmètre"), Champ("TypeRdv", "EntretienOrientation"),
             Champ("DateRdv", "2030-01-07"), Champ("HeureRdv", "09:00"), Champ("Lieu", "Salle"), Champ("Referent", "1|x"), Champ("Accepter", "true"),
             Champ("RendezVousId", 1), Champ("Statut", "Honore"), Champ("CreneauId", 1)], jeton);

        Assert.Equal(HttpStatusCode.NotFound, reponse.StatusCode);
        Assert.Equal(avant, await EtatAsync(p.PersonneId, p.ParcoursId));
    }

    [Fact]
    public async Task Designation_d_une_structure_ou_d_un_referent_d_un_autre_departement_est_refusee_et_rien_ne_change()
    {
        var p = await DonneesPortefeuille.PersonneAsync(app, x =>
            (x.Etape, x.TypeOrientation, x.DateOrientation) = (EtapeParcours.SansReferent, TypeOrientation.Sociale, new DateOnly(2025, 2, 1)));
        var referent37 = await DonneesPortefeuille.CompteAsync(app, "referent@37", "37");
        var structure49 = (await DonneesPortefeuille.CompteAsync(app, "referent@49")).StructureId;
        var avant = await EtatAsync(p.PersonneId, p.ParcoursId);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");

        var structure37 = await AgirAsync(agent, p.PersonneId, "Designer", Champ("Version", avant.Version), Champ("Referent", $"{referent37.StructureId}|{referent37.Id}"));
        var inconnue = await AgirAsync(agent, p.PersonneId, "Designer", Champ("Version", avant.Version), Champ("Referent", $"{int.MaxValue}|{referent37.Id}"));
        var referentEtranger = await AgirAsync(agent, p.PersonneId, "Designer", Champ("Version", avant.Version), Champ("Referent", $"{structure49}|{referent37.Id}"));

        Assert.Contains("Cette structure n'existe pas", structure37, StringComparison.Ordinal);
        Assert.Equal(inconnue, structure37);
        Assert.Contains("n'est pas un référent actif de la structure", referentEtranger, StringComparison.Ordinal);
        Assert.Equal(avant, await EtatAsync(p.PersonneId, p.ParcoursId));
    }

    [Fact]
    public async Task Designation_d_un_referent_dont_le_compte_est_desactive_est_refusee_et_rien_ne_change()
    {
        var structure = (await DonneesPortefeuille.CompteAsync(app, "referent@49")).StructureId;
        var parti = await DonneesPortefeuille.NouveauReferentAsync(app, structure);
        await app.DansDepartementAsync("49", async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == parti.Id)).Actif = false;
            await db.SaveChangesAsync();
        });
        var p = await DonneesPortefeuille.PersonneAsync(app, x =>
            (x.Etape, x.TypeOrientation, x.DateOrientation) = (EtapeParcours.SansReferent, TypeOrientation.Sociale, new DateOnly(2025, 2, 1)));
        var avant = await EtatAsync(p.PersonneId, p.ParcoursId);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");

        var reponse = await AgirAsync(agent, p.PersonneId, "Designer", Champ("Version", avant.Version), Champ("Referent", $"{structure}|{parti.Id}"));

        Assert.Contains("n'est pas un référent actif de la structure", reponse, StringComparison.Ordinal);
        Assert.Equal(avant, await EtatAsync(p.PersonneId, p.ParcoursId));
    }

    [Fact]
    public async Task Designation_par_un_responsable_dans_une_autre_structure_que_la_sienne_est_refusee_et_rien_ne_change()
    {
        var ccas = (await DonneesPortefeuille.CompteAsync(app, "responsable@49")).StructureId;
        var autre = await app.DansDepartementAsync("49", db => db.Structures.Where(s => s.Id != ccas && s.Actif).Select(s => s.Id).FirstAsync());
        var referentAutre = await DonneesPortefeuille.NouveauReferentAsync(app, autre);
        // Waiting for a référent of the CCAS: in the structure head's scope.
        var p = await DonneesPortefeuille.PersonneAsync(app, x =>
            (x.Etape, x.TypeOrientation, x.StructureId, x.DateOrientation) = (EtapeParcours.SansReferent, TypeOrientation.Sociale, ccas, new DateOnly(2025, 2, 1)));
        var avant = await EtatAsync(p.PersonneId, p.ParcoursId);
        using var responsable = await Navigateur.ConnecteAsync(app, "responsable@49");

        var message = await AgirAsync(responsable, p.PersonneId, "Designer", Champ("Version", avant.Version), Champ("Referent", $"{autre}|{referentAutre.Id}"));
        var inconnue = await AgirAsync(responsable, p.PersonneId, "Designer", Champ("Version", avant.Version), Champ("Referent", $"{int.MaxValue}|{referentAutre.Id}"));

        Assert.Contains("Votre rôle ne permet pas", message, StringComparison.Ordinal);
        Assert.Equal(inconnue, message);
        Assert.Equal(avant, await EtatAsync(p.PersonneId, p.ParcoursId));
    }

    [Fact]
    public async Task Statut_du_rendez_vous_d_une_personne_hors_du_portefeuille_est_refuse_et_rien_ne_change()
    {
        var referent = await DonneesPortefeuille.CompteAsync(app, "referent@49");
        var suivie = await DonneesPortefeuille.SuivieAsync(app, referent, echeance: null);
        var autre = await ParcoursDeTest.CreerAsync(app, territoire: Saumurois);
        var rendezVous = await app.DansDepartementAsync("49", async db =>
        {
            var rdv = new RendezVous { PersonneId = autre.PersonneId, Type = TypeRendezVous.Suivi, Debut = HeureDeTest.MaintenantUtc.AddDays(-1), Lieu = "CCAS", CreePar = "test", CreeLe = HeureDeTest.MaintenantUtc.AddDays(-9) };
            db.Add(rdv);
            await db.SaveChangesAsync();
            return rdv;
        });
        using var navigateur = await Navigateur.ConnecteAsync(app, "referent@49");

        var message = await AgirAsync(navigateur, suivie.PersonneId, "Statut", Champ("Version", rendezVous.Version), Champ("RendezVousId", rendezVous.Id), Champ("Statut", "Honore"));
        var inconnu = await AgirAsync(navigateur, suivie.PersonneId, "Statut", Champ("Version", 0), Champ("RendezVousId", int.MaxValue), Champ("Statut", "Honore"));

        Assert.Equal(ResultatAction.HorsPerimetre.Message, message);
        Assert.Equal(inconnu, message);
        var apres = await app.DansDepartementAsync("49", db => db.Set<RendezVous>().AsNoTracking().SingleAsync(r => r.Id == rendezVous.Id));
        Assert.Equal((StatutRendezVous.Planifie, rendezVous.Version), (apres.Statut, apres.Version));
    }
}
