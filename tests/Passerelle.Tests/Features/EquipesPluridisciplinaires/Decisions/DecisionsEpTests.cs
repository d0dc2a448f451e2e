using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Features.Sorties;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;
using Passerelle.Web.Features.Orientation;
using static Passerelle.Tests.Features.EquipesPluridisciplinaires.Decisions.DecisionsDeTest;

namespace Passerelle.Tests.Features.EquipesPluridisciplinaires.Decisions;

[CollectionDefinition(Nom)]
public sealed class CollectionDecisionsEp : ICollectionFixture<ApplicationDecisionsEp>
{
    public const string Nom = "Décisions d'équipe pluridisciplinaire";
}

/// <summary>The decision on a dossier after the EP's opinion: each refusal with its reason, and the reorientation applied to the parcours or nothing kept.</summary>
[Collection(CollectionDecisionsEp.Nom)]
public sealed class DecisionsEpTests(ApplicationDecisionsEp app)
{
    [Fact]
    public async Task Decider_sans_delegation_du_president_est_refuse()
    {
        var (sien, _) = await TerritoiresAsync(app);
        var dossier = await AvisRenduAsync(app, await PersonneAsync(app, sien));
        using var territoire = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        Assert.Equal(ServiceDecisionsEp.SansDelegation, await DeciderAsync(app, territoire, dossier.Id, Reduction()));
        Assert.Equal(StatutDossierEp.AvisRendu, (await LireAsync(app, dossier.Id)).Statut);
    }

    [Fact]
    public async Task Decider_sans_quorum_seance_annulee_ou_sans_avis_est_refuse_avec_la_raison()
    {
        var sansQuorum = await AvisRenduAsync(app, await PersonneAsync(app), seance: StatutSeance.AvisRendus, quorum: false);
        var annulee = await AvisRenduAsync(app, await PersonneAsync(app), seance: StatutSeance.Annulee, quorum: null, statut: StatutDossierEp.Inscrit);
        var sansAvis = await AvisRenduAsync(app, await PersonneAsync(app), seance: StatutSeance.Tenue, statut: StatutDossierEp.Inscrit);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal("La séance du 15/12/2026 s'est tenue sans quorum (2 membres présents sur 3 requis) : aucune décision ne peut être prise sur son avis ; "
            + "le dossier doit être examiné à une nouvelle séance.", await DeciderAsync(app, agent, sansQuorum.Id, Reduction()));
        Assert.StartsWith("La séance du 15/12/2026 a été annulée", await DeciderAsync(app, agent, annulee.Id, Reduction()), StringComparison.Ordinal);
        Assert.Equal("L'équipe pluridisciplinaire n'a pas rendu d'avis sur ce dossier (séance du 15/12/2026) : la décision attend son avis.",
            await DeciderAsync(app, agent, sansAvis.Id, Reduction()));
    }

    [Fact]
    public async Task Sanction_sans_information_ou_avant_la_fin_du_delai_d_observations_est_refusee()
    {
        var nonInformee = await AvisRenduAsync(app, await PersonneAsync(app), informee: false);
        var delaiEnCours = await AvisRenduAsync(app, await PersonneAsync(app), information: new DateOnly(2026, 12, 3));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.StartsWith("La personne n'a pas été informée de la sanction envisagée", await DeciderAsync(app, agent, nonInformee.Id, Reduction()), StringComparison.Ordinal);
        Assert.Equal("Le délai d'observations court jusqu'au 03/01/2027 : la sanction ne peut être décidée avant.", await DeciderAsync(app, agent, delaiEnCours.Id, Reduction()));
        // Not a sanction: the month for observations does not hold a grace period back.
        Assert.StartsWith("Décision enregistrée : Sursis à sanction.", await DeciderAsync(app, agent, delaiEnCours.Id,
            Champ("Decision.Type", "Sursis"), Champ("Decision.Motivation", "Contrat en cours de signature.")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_hors_de_la_thematique_ou_du_bareme_est_refusee()
    {
        var personne = await PersonneAsync(app);
        var reorientation = await AvisRenduAsync(app, personne, NatureThematique.Reorientation);
        var remobilisation = await AvisRenduAsync(app, personne, NatureThematique.SuspensionRemobilisation);
        var sansContrat = await AvisRenduAsync(app, personne);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.StartsWith("Une sanction ne peut être décidée que pour un non-respect des obligations (CASF L262-37)", await DeciderAsync(app, agent, reorientation.Id, Reduction()), StringComparison.Ordinal);
        Assert.StartsWith("La décision « Réduction du RSA » n'est pas possible pour la thématique « Suspension-remobilisation »",
            await DeciderAsync(app, agent, remobilisation.Id, Reduction()), StringComparison.Ordinal);
        Assert.Equal("La réduction ne peut dépasser 100,00 € par mois (barème du département).", await DeciderAsync(app, agent, sansContrat.Id, Reduction(montant: 150m)));
        Assert.Equal("Indiquez la durée de la sanction, de 1 à 4 mois (barème du département).", await DeciderAsync(app, agent, sansContrat.Id, Reduction(duree: 5)));
        Assert.StartsWith("C'est le premier passage de la personne pour une sanction", await DeciderAsync(app, agent, sansContrat.Id,
            Champ("Decision.Type", "SuspensionPartielle"), Champ("Decision.Pourcentage", 50), Champ("Decision.DureeMois", 2), Champ("Decision.Motivation", "Rien.")), StringComparison.Ordinal);
        Assert.Equal("Indiquez la part suspendue, de 30 à 100 % du montant (barème du département).", await DeciderAsync(app, agent, remobilisation.Id,
            Champ("Decision.Type", "SuspensionRemobilisation"), Champ("Decision.Pourcentage", 20), Champ("Decision.DureeMois", 1), Champ("Decision.Motivation", "Rien.")));
        Assert.Equal("Motivez la décision : la motivation figure dans le courrier notifié à la personne.",
            await DeciderAsync(app, agent, sansContrat.Id, Champ("Decision.Type", "Reduction"), Champ("Decision.Montant", 50), Champ("Decision.DureeMois", 1)));
        Assert.Null((await LireAsync(app, sansContrat.Id)).Decision);
    }

    [Fact]
    public async Task Second_passage_permet_la_suspension_et_une_sanction_annulee_ne_compte_plus()
    {
        var personne = await PersonneAsync(app);
        var premier = await AvisRenduAsync(app, personne);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        await DeciderEtNotifierAsync(app, agent, premier.Id);
        var second = await AvisRenduAsync(app, personne);
        Assert.Contains("2e passage", (await agent.PageAsync($"/ep/dossiers/{second.Id}")).QuerySelector("#rang-passage")!.TextContent, StringComparison.Ordinal);
        var recours = await AgirAsync(agent, premier.Id, "Recours", Champ("version", await VersionAsync(app, premier.Id)), Champ("type", "Gracieux"), Champ("deposeLe", "2027-01-02"));
        Assert.Equal("Recours enregistré.", recours);
        var recoursId = (await LireAsync(app, premier.Id)).Recours.Single().Id;
        Assert.Contains("elle sort de la liste des sanctions transmises à la CAF", await AgirAsync(agent, premier.Id, "Issue", Champ("recoursId", recoursId),
            Champ("issue", "DecisionAnnulee"), Champ("date", "2027-01-02")), StringComparison.Ordinal);
        Assert.Contains("premier passage", (await agent.PageAsync($"/ep/dossiers/{second.Id}")).QuerySelector("#rang-passage")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await agent.PageAsync($"/ep/dossiers/{premier.Id}")).QuerySelector("#decision del"));
    }

    [Fact]
    public async Task Reorientation_decidee_est_appliquee_au_parcours()
    {
        var p = await SortiesDeTest.AccompagneeAsync(app);
        var dossier = await AvisRenduAsync(app, p.PersonneId, NatureThematique.Reorientation, avis: TypeDecisionEp.Reorientation);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal("Indiquez l'orientation décidée.", await DeciderAsync(app, agent, dossier.Id, Champ("Decision.Type", "Reorientation"), Champ("Decision.Motivation", "Projet d'emploi.")));
        var message = await DeciderAsync(app, agent, dossier.Id, Champ("Decision.Type", "Reorientation"), Champ("Decision.Orientation", "Professionnelle"),
            Champ("Decision.Motivation", "Projet d'emploi défini, freins levés."));
        Assert.StartsWith("Décision enregistrée : Réorientation : orientation « Professionnelle ».", message, StringComparison.Ordinal);
        Assert.Contains("un nouveau référent est à désigner", message, StringComparison.Ordinal);
        var parcours = await ParcoursDeTest.LireAsync(app, p.ParcoursId);
        Assert.Equal((TypeOrientation.Professionnelle, EtapeParcours.SansReferent), (parcours.TypeOrientation, parcours.Etape));
        var decide = await LireAsync(app, dossier.Id);
        Assert.Equal((StatutDossierEp.Decide, TypeOrientation.Professionnelle, Qualite), (decide.Statut, decide.OrientationDecidee!.Value, decide.DecideurQualite!));
    }

    [Fact]
    public async Task Reorientation_refusee_par_le_service_d_orientation_ne_garde_rien()
    {
        // Not accompanied yet: the orientation service refuses a reorientation request.
        var p = await ParcoursDeTest.CreerAsync(app);
        var dossier = await AvisRenduAsync(app, p.PersonneId, NatureThematique.Reorientation, avis: TypeDecisionEp.Reorientation);
        var avant = await ParcoursDeTest.LireAsync(app, p.ParcoursId);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var message = await DeciderAsync(app, agent, dossier.Id, Champ("Decision.Type", "Reorientation"), Champ("Decision.Orientation", "Professionnelle"),
            Champ("Decision.Motivation", "Projet d'emploi défini."));
        Assert.StartsWith("La réorientation n'a pas pu être appliquée au parcours : Action « demander une réorientation » impossible", message, StringComparison.Ordinal);
        Assert.EndsWith("La décision n'est pas enregistrée.", message, StringComparison.Ordinal);
        var dossierApres = await LireAsync(app, dossier.Id);
        Assert.Equal((StatutDossierEp.AvisRendu, (TypeDecisionEp?)null, (DateOnly?)null), (dossierApres.Statut, dossierApres.Decision, dossierApres.DecideLe));
        var apres = await ParcoursDeTest.LireAsync(app, p.ParcoursId);
        Assert.Equal((avant.Version, avant.Etape), (apres.Version, apres.Etape));
        Assert.Equal(0, await app.DansDepartementAsync("49", db => db.Set<DecisionOrientation>().CountAsync(d => d.ParcoursId == p.ParcoursId && d.Origine == OrigineOrientation.Reorientation)));
        Assert.Equal(0, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == ActionsDecisionsEp.Decision && a.ObjetId == dossier.Id.ToString())));
    }
}
