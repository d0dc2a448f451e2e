using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Orientation;

public sealed class FichePersonneTests(Application app) : IClassFixture<Application>
{
    private static KeyValuePair<string, string> Champ(string nom, object valeur) => new(nom, Convert.ToString(valeur, System.Globalization.CultureInfo.InvariantCulture)!);

    private static async Task<string> AgirAsync(Navigateur navigateur, PersonneSuivie p, string handler, params KeyValuePair<string, string>[] champs)
    {
        var url = $"/personnes/{p.PersonneId}";
        var reponse = await navigateur.SoumettreAsync(url, champs, ActionsPagePersonne.Url(p.PersonneId, handler));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var page = await navigateur.PageAsync(url);
        return page.QuerySelector("[role=status], [role=alert]")?.TextContent.Trim() ?? "";
    }

    private async Task<int> VersionAsync(PersonneSuivie p) => (await ParcoursDeTest.LireAsync(app, p.ParcoursId)).Version;

    [Fact]
    public async Task L_agent_invite_oriente_valide_et_designe_puis_le_referent_retrouve_la_personne()
    {
        var p = await ParcoursDeTest.CreerAsync(app);
        Assert.NotEqual(0, p.ParcoursId);
        var (referentId, structureId) = await ParcoursDeTest.CompteAsync(app, "referent@49.passerelle.test", Role.Referent);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync($"/personnes/{p.PersonneId}")).StatusCode);

        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var page = await agent.PageAsync($"/personnes/{p.PersonneId}");
        Assert.Equal("À inviter", page.QuerySelector("#etape")?.TextContent);

        Assert.StartsWith("Invitation envoyée.", await AgirAsync(agent, p, "Inviter", Champ("Version", await VersionAsync(p))), StringComparison.Ordinal);
        Assert.Equal(EtapeParcours.Invite, (await ParcoursDeTest.LireAsync(app, p.ParcoursId)).Etape);

        Assert.Contains("proposée", await AgirAsync(agent, p, "Proposer", Champ("Version", await VersionAsync(p)), Champ("Type", "Sociale"), Champ("Motif", "Freins de logement")), StringComparison.Ordinal);
        Assert.Contains("validée", await AgirAsync(agent, p, "Valider", Champ("Version", await VersionAsync(p))), StringComparison.Ordinal);
        var oriente = await ParcoursDeTest.LireAsync(app, p.ParcoursId);
        Assert.Equal((EtapeParcours.SansReferent, TypeOrientation.Sociale), (oriente.Etape, oriente.TypeOrientation));
        Assert.Equal(TypeEcheance.PremierRdv, oriente.TypeEcheanceProchaine);

        Assert.Contains("Référent désigné", await AgirAsync(agent, p, "Designer", Champ("Version", oriente.Version), Champ("Referent", $"{structureId}|{referentId}")), StringComparison.Ordinal);
        var accompagne = await ParcoursDeTest.LireAsync(app, p.ParcoursId);
        Assert.Equal((EtapeParcours.Accompagne, referentId), (accompagne.Etape, accompagne.ReferentId));

        var vue = await referent.PageAsync($"/personnes/{p.PersonneId}");
        Assert.Equal("Accompagné", vue.QuerySelector("#etape")?.TextContent);
        Assert.NotNull(vue.QuerySelector("#form-reorientation"));
        Assert.Null(vue.QuerySelector("#form-proposer"));
        Assert.Equal(HttpStatusCode.OK, (await referent.GetAsync($"/dossiers/{p.DossierId}")).StatusCode);
    }

    [Fact]
    public async Task Une_version_perimee_est_refusee_avec_un_message_clair_et_rien_ne_change()
    {
        var p = await ParcoursDeTest.CreerAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var version = await VersionAsync(p);
        await AgirAsync(agent, p, "Inviter", Champ("Version", version));
        var message = await AgirAsync(agent, p, "Proposer", Champ("Version", version), Champ("Type", "Sociale"), Champ("Motif", "Deuxième agent"));
        Assert.Contains("vient d'être modifiée par un autre utilisateur", message, StringComparison.Ordinal);
        var parcours = await ParcoursDeTest.LireAsync(app, p.ParcoursId);
        Assert.Equal((EtapeParcours.Invite, (TypeOrientation?)null), (parcours.Etape, parcours.TypeOrientation));
        Assert.Equal(0, await app.DansDepartementAsync("49", db => db.Set<DecisionOrientation>().CountAsync(d => d.ParcoursId == p.ParcoursId)));
    }

    [Fact]
    public async Task Une_structure_qui_n_accompagne_pas_le_type_demande_une_derogation_journalisee()
    {
        var p = await ParcoursDeTest.CreerAsync(app);
        var (referentId, structureId) = await ParcoursDeTest.CompteAsync(app, "referent@49.passerelle.test", Role.Referent);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        await AgirAsync(agent, p, "Proposer", Champ("Version", await VersionAsync(p)), Champ("Type", "Professionnelle"), Champ("Motif", "Projet d'emploi"));
        await AgirAsync(agent, p, "Valider", Champ("Version", await VersionAsync(p)));
        var refus = await AgirAsync(agent, p, "Designer", Champ("Version", await VersionAsync(p)), Champ("Referent", $"{structureId}|{referentId}"));
        Assert.Contains("n'accompagne pas l'orientation « Professionnelle »", refus, StringComparison.Ordinal);
        Assert.Contains("motif de la dérogation", refus, StringComparison.Ordinal);
        Assert.Equal(0, await app.DansDepartementAsync("49", db => db.Set<DesignationReferent>().CountAsync(d => d.PersonneId == p.PersonneId)));

        using var territoire = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        var refusTerritoire = await AgirAsync(territoire, p, "Designer", Champ("Version", await VersionAsync(p)), Champ("Referent", $"{structureId}|{referentId}"), Champ("Derogation", "Urgence"));
        Assert.Contains("Seul un agent départemental habilité sur tout le département", refusTerritoire, StringComparison.Ordinal);

        Assert.Contains("Référent désigné", await AgirAsync(agent, p, "Designer", Champ("Version", await VersionAsync(p)), Champ("Referent", $"{structureId}|{referentId}"), Champ("Derogation", "Suivi CCAS déjà engagé")), StringComparison.Ordinal);
        var designation = await app.DansDepartementAsync("49", db => db.Set<DesignationReferent>().SingleAsync(d => d.PersonneId == p.PersonneId));
        Assert.Contains("Suivi CCAS déjà engagé", designation.Derogation, StringComparison.Ordinal);
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Action == ActionsOrientation.Derogation && a.ObjetId == p.ParcoursId.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Reorientation_demandee_par_le_referent_et_acceptee_par_le_departement()
    {
        var p = await ParcoursDeTest.CreerAsync(app);
        var (referentId, structureId) = await ParcoursDeTest.CompteAsync(app, "referent@49.passerelle.test", Role.Referent);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        await AgirAsync(agent, p, "Proposer", Champ("Version", await VersionAsync(p)), Champ("Type", "Sociale"), Champ("Motif", "Logement"));
        await AgirAsync(agent, p, "Valider", Champ("Version", await VersionAsync(p)));
        await AgirAsync(agent, p, "Designer", Champ("Version", await VersionAsync(p)), Champ("Referent", $"{structureId}|{referentId}"));

        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Contains("Indiquez le motif", await AgirAsync(referent, p, "DemanderReorientation", Champ("Version", await VersionAsync(p)), Champ("Type", "Professionnelle"), Champ("Motif", " ")), StringComparison.Ordinal);
        Assert.Contains("transmise", await AgirAsync(referent, p, "DemanderReorientation", Champ("Version", await VersionAsync(p)), Champ("Type", "Professionnelle"), Champ("Motif", "Projet d'emploi mûr")), StringComparison.Ordinal);
        Assert.Equal(EtapeParcours.ReorientationDemandee, (await ParcoursDeTest.LireAsync(app, p.ParcoursId)).Etape);
        Assert.Contains("Votre rôle ne permet pas", await AgirAsync(referent, p, "DeciderReorientation", Champ("Version", await VersionAsync(p)), Champ("Accepter", "true")), StringComparison.Ordinal);

        Assert.Contains("acceptée", await AgirAsync(agent, p, "DeciderReorientation", Champ("Version", await VersionAsync(p)), Champ("Accepter", "true")), StringComparison.Ordinal);
        var apres = await ParcoursDeTest.LireAsync(app, p.ParcoursId);
        Assert.Equal((EtapeParcours.SansReferent, TypeOrientation.Professionnelle, (string?)null), (apres.Etape, apres.TypeOrientation, apres.ReferentId));
        var designation = await app.DansDepartementAsync("49", db => db.Set<DesignationReferent>().SingleAsync(d => d.PersonneId == p.PersonneId));
        Assert.Equal("Réorientation", designation.MotifFin);
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync($"/personnes/{p.PersonneId}")).StatusCode);
    }

    [Fact]
    public async Task Un_rendez_vous_passe_est_refuse_et_un_rendez_vous_honore_fait_avancer_le_parcours()
    {
        var p = await ParcoursDeTest.CreerAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var passe = await AgirAsync(agent, p, "Convoquer", Champ("Version", await VersionAsync(p)), Champ("TypeRdv", "EntretienOrientation"),
            Champ("DateRdv", "2020-01-10"), Champ("HeureRdv", "09:30"), Champ("Lieu", "Maison départementale"));
        Assert.Contains("La date du rendez-vous est passée", passe, StringComparison.Ordinal);
        Assert.Equal(0, await app.DansDepartementAsync("49", db => db.Set<RendezVous>().CountAsync(r => r.PersonneId == p.PersonneId)));

        var futur = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("Convocation", await AgirAsync(agent, p, "Convoquer", Champ("Version", await VersionAsync(p)), Champ("TypeRdv", "EntretienOrientation"),
            Champ("DateRdv", futur), Champ("HeureRdv", "09:30"), Champ("Lieu", "Maison départementale")), StringComparison.Ordinal);
        var rdv = await app.DansDepartementAsync("49", db => db.Set<RendezVous>().SingleAsync(r => r.PersonneId == p.PersonneId));
        Assert.Contains("pas encore eu lieu", await AgirAsync(agent, p, "Statut", Champ("RendezVousId", rdv.Id), Champ("Version", rdv.Version), Champ("Statut", "Honore")), StringComparison.Ordinal);

        await app.DansDepartementAsync("49", db => db.Set<RendezVous>().Where(r => r.Id == rdv.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Debut, DateTime.UtcNow.AddHours(-2))));
        Assert.Contains("Honoré", await AgirAsync(agent, p, "Statut", Champ("RendezVousId", rdv.Id), Champ("Version", rdv.Version), Champ("Statut", "Honore")), StringComparison.Ordinal);
        var apres = await ParcoursDeTest.LireAsync(app, p.ParcoursId);
        Assert.Equal(EtapeParcours.AOrienter, apres.Etape);
        Assert.NotNull(apres.DernierContact);
        var statue = await app.DansDepartementAsync("49", db => db.Set<RendezVous>().SingleAsync(r => r.Id == rdv.Id));
        Assert.Equal(StatutRendezVous.Honore, statue.Statut);
        Assert.NotNull(statue.StatutPar);
        Assert.Contains("déjà « Honoré »", await AgirAsync(agent, p, "Statut", Champ("RendezVousId", rdv.Id), Champ("Version", statue.Version), Champ("Statut", "Absent")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("operateur@49")]
    [InlineData("pilote@49")]
    [InlineData("lecteur@49")]
    [InlineData("membre-ep@49")]
    [InlineData("admin@49")]
    [InlineData("beneficiaire@49")]
    public async Task Les_roles_sans_dossiers_sont_refuses_sur_la_page_et_ses_actions(string login)
    {
        var p = await ParcoursDeTest.CreerAsync(app);
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await navigateur.GetAsync($"/personnes/{p.PersonneId}"), login);
        foreach (var handler in new[] { "Inviter", "Proposer", "Valider", "Designer", "Statut" })
        {
            var reponse = await navigateur.PosterAsync(ActionsPagePersonne.Url(p.PersonneId, handler), [Champ("Version", 0)]);
            Assert.NotEqual(HttpStatusCode.OK, reponse.StatusCode);
        }
        Assert.Equal(EtapeParcours.AInviter, (await ParcoursDeTest.LireAsync(app, p.ParcoursId)).Etape);
    }

    [Fact]
    public async Task Un_autre_departement_et_un_autre_territoire_ne_voient_pas_la_personne()
    {
        var p = await ParcoursDeTest.CreerAsync(app, territoire: Dossiers.DonneesDossiers.Saumurois);
        using var autre = await Navigateur.ConnecteAsync(app, "agent@37");
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync($"/personnes/{p.PersonneId}")).StatusCode);
        using var territoire = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        Assert.Equal(HttpStatusCode.NotFound, (await territoire.GetAsync($"/personnes/{p.PersonneId}")).StatusCode);
        var jeton = (await (await Navigateur.ConnecteAsync(app, "agent@49")).PageAsync($"/personnes/{p.PersonneId}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        Assert.NotNull(jeton);
        Assert.Equal(EtapeParcours.AInviter, (await ParcoursDeTest.LireAsync(app, p.ParcoursId)).Etape);
    }

    [Fact]
    public async Task Une_personne_qui_sort_du_rsa_quitte_le_parcours_et_sa_designation_se_termine()
    {
        var p = await ParcoursDeTest.CreerAsync(app);
        await app.DansDepartementAsync("49", db => db.Personnes.Where(x => x.Id == p.PersonneId).ExecuteUpdateAsync(s => s.SetProperty(x => x.EtatDroit, "5")));
        var resultat = await ParcoursDeTest.SynchroniserAsync(app);
        Assert.True(resultat.Clos >= 1);
        var clos = await ParcoursDeTest.LireAsync(app, p.ParcoursId);
        Assert.Equal((EtapeParcours.Clos, "Droit RSA clos"), (clos.Etape, clos.MotifCloture));
        Assert.Null(clos.EcheanceProchaine);

        await app.DansDepartementAsync("49", db => db.Personnes.Where(x => x.Id == p.PersonneId).ExecuteUpdateAsync(s => s.SetProperty(x => x.EtatDroit, "2")));
        Assert.True((await ParcoursDeTest.SynchroniserAsync(app)).Rouverts >= 1);
        var rouvert = await ParcoursDeTest.LireAsync(app, p.ParcoursId);
        Assert.Equal((EtapeParcours.AInviter, (DateOnly?)null), (rouvert.Etape, rouvert.DateCloture));
    }
}
