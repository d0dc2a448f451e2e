using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Envois;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using static Passerelle.Tests.Features.EquipesPluridisciplinaires.Seances.SeancesDeTest;

namespace Passerelle.Tests.Features.EquipesPluridisciplinaires.Seances;

/// <summary>A session through its states, with a real SMTP server for the persons' information and the members' convocation.</summary>
public sealed class DeroulementSeanceTests(EnvoisDeTest envois) : IClassFixture<EnvoisDeTest>
{
    [Fact]
    public async Task Seance_de_la_creation_a_la_cloture_informe_les_personnes_et_convoque_les_membres()
    {
        var app = envois.App;
        var equipe = await EquipeAsync(app);
        var (premier, second) = (await DossierAsync(app), await DossierAsync(app));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var id = await SeanceAsync(agent, equipe.Id);

        Assert.Null(await OrdreDuJourAsync(app, agent, id, "Inscrire", premier.Id, second.Id));
        Assert.Null(await OrdreDuJourAsync(app, agent, id, "Ordonner", second.Id, premier.Id));
        Assert.Equal((2, 1), ((await LireDossierAsync(app, premier.Id)).Rang, (await LireDossierAsync(app, second.Id)).Rang));

        Assert.Null(await ActeAsync(app, agent, id, "ArreterOrdreDuJour"));
        var informe = await LireDossierAsync(app, premier.Id);
        Assert.Equal(HeureDeTest.Aujourdhui, informe.DateInformation);
        Assert.NotNull(informe.InformationEnvoiId);
        var lettre = Assert.Single(envois.Smtp.RecusPour(premier.Courriel));
        Assert.StartsWith("Examen de votre situation par l'équipe pluridisciplinaire", lettre.Subject, StringComparison.Ordinal);
        Assert.Contains("Maison départementale, salle 2", lettre.TextBody, StringComparison.Ordinal);
        Assert.Contains("Non-respect : pas de contrat signé", lettre.TextBody, StringComparison.Ordinal);
        Assert.Contains(ChampsPersonne.FormaterDate(HeureDeTest.Aujourdhui.AddMonths(1)), lettre.TextBody, StringComparison.Ordinal);
        Assert.Equal(CanalEnvoi.Courrier, (await envois.JournalAsync("49", premier.PersonneId)).Single(e => e.Id == informe.InformationEnvoiId).Canal);
        var reimprime = await PdfDeTest.TexteAsync(await agent.GetAsync($"/personnes/{premier.PersonneId}/courriers/{informe.InformationEnvoiId}"));
        Assert.Contains("Maison départementale, salle 2", reimprime, StringComparison.Ordinal);
        Assert.Contains(ChampsPersonne.FormaterDate(HeureDeTest.Aujourdhui.AddMonths(1)), reimprime, StringComparison.Ordinal);
        Assert.Contains("ne peut plus être modifié", await OrdreDuJourAsync(app, agent, id, "Desinscrire", premier.Id), StringComparison.Ordinal);

        Assert.Null(await ActeAsync(app, agent, id, "Convoquer"));
        var convoquee = await LireSeanceAsync(app, id);
        Assert.NotNull(convoquee.ConvoqueeLe);
        Assert.Equal(equipe.Membres.Select(m => m.Id).Order(), convoquee.Presences.Select(p => p.MembreEquipeId).Order());
        var convocation = Assert.Single(envois.Smtp.RecusPour(equipe.Membres[0].Courriel));
        Assert.Contains($"/ep/seances/{id}", convocation.TextBody, StringComparison.Ordinal);
        Assert.Contains("Dossiers inscrits à l'ordre du jour : 2", convocation.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(premier.Nom, convocation.TextBody, StringComparison.OrdinalIgnoreCase);

        Assert.StartsWith("La séance a lieu le ", await ActeAsync(app, agent, id, "Tenir", membresPresents: equipe.Ids(FonctionMembre.Departement)), StringComparison.Ordinal);
        await LeJourVenuAsync(app, id);
        Assert.Null(await ActeAsync(app, agent, id, "Tenir", membresPresents: equipe.Ids(FonctionMembre.Departement, FonctionMembre.FranceTravail, FonctionMembre.ProfessionnelInsertion),
            beneficiairesPresents: [premier.Id]));
        var tenue = await LireSeanceAsync(app, id);
        Assert.Equal((StatutSeance.Tenue, true, (string?)null), (tenue.Statut, tenue.QuorumAtteint, tenue.MotifSansQuorum));
        Assert.True((await LireDossierAsync(app, premier.Id)).BeneficiairePresent);
        Assert.Contains("n'est pas possible pour cette thématique", await AvisAsync(app, agent, premier.Id, "Maintien"), StringComparison.Ordinal);
        Assert.Contains("Motivez", await AvisAsync(app, agent, premier.Id, "Reduction", motif: " "), StringComparison.Ordinal);
        Assert.Null(await AvisAsync(app, agent, premier.Id, "Reduction"));
        Assert.Contains("1 dossier(s)", await ActeAsync(app, agent, id, "TerminerAvis"), StringComparison.Ordinal);
        Assert.Null(await AvisAsync(app, agent, second.Id, "Sursis"));
        Assert.Equal((StatutDossierEp.AvisRendu, TypeDecisionEp.Reduction), ((await LireDossierAsync(app, premier.Id)).Statut, (await LireDossierAsync(app, premier.Id)).Avis));
        Assert.Null(await ActeAsync(app, agent, id, "TerminerAvis"));

        Assert.Contains("attendent encore leur décision", await ActeAsync(app, agent, id, "TerminerDecisions"), StringComparison.Ordinal);
        await app.DansDepartementAsync("49", db => db.Set<DossierEp>().Where(d => d.SeanceEpId == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Statut, StatutDossierEp.Decide)));
        Assert.Contains("Impossible de clore", await ActeAsync(app, agent, id, "Clore"), StringComparison.Ordinal);
        Assert.Null(await ActeAsync(app, agent, id, "TerminerDecisions"));
        Assert.Null(await ActeAsync(app, agent, id, "Clore"));
        Assert.Equal(StatutSeance.Close, (await LireSeanceAsync(app, id)).Statut);
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Action == "ep-seance-close" && a.ObjetId == id.ToString())));
    }

    [Fact]
    public async Task Ordre_du_jour_vide_ne_peut_etre_arrete()
    {
        var app = envois.App;
        var equipe = await EquipeAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var id = await SeanceAsync(agent, equipe.Id);
        Assert.Equal("L'ordre du jour est vide : inscrivez au moins un dossier avant de l'arrêter.", await ActeAsync(app, agent, id, "ArreterOrdreDuJour"));
        Assert.Equal(StatutSeance.Creee, (await LireSeanceAsync(app, id)).Statut);
    }

    [Fact]
    public async Task Seance_sans_quorum_donne_le_motif_refuse_les_avis_et_se_reporte_vers_la_suivante()
    {
        var app = envois.App;
        var equipe = await EquipeAsync(app, quorum: 3, minimumFranceTravail: 1);
        var dossier = await DossierAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var (id, suivante) = (await SeanceAsync(agent, equipe.Id), await SeanceAsync(agent, equipe.Id, jours: 50));
        Assert.Null(await OrdreDuJourAsync(app, agent, id, "Inscrire", dossier.Id));
        Assert.Null(await ActeAsync(app, agent, id, "ArreterOrdreDuJour"));
        Assert.Null(await ActeAsync(app, agent, id, "Convoquer"));

        await LeJourVenuAsync(app, id);
        Assert.Null(await ActeAsync(app, agent, id, "Tenir", membresPresents: equipe.Ids(FonctionMembre.Departement, FonctionMembre.ProfessionnelInsertion)));
        var tenue = await LireSeanceAsync(app, id);
        Assert.Equal((StatutSeance.Tenue, false), (tenue.Statut, tenue.QuorumAtteint));
        Assert.Equal("2 membres présents sur 3 requis ; aucun représentant de France Travail", tenue.MotifSansQuorum);
        Assert.Equal("La séance s'est tenue sans quorum (2 membres présents sur 3 requis ; aucun représentant de France Travail) : aucun avis ne peut être rendu ; reportez la séance.",
            await AvisAsync(app, agent, dossier.Id, "Reduction"));
        Assert.Contains("sans quorum", await ActeAsync(app, agent, id, "TerminerAvis"), StringComparison.Ordinal);

        Assert.Contains("Indiquez pourquoi", await ActeAsync(app, agent, id, "Reporter", versSeanceId: suivante), StringComparison.Ordinal);
        Assert.Null(await ActeAsync(app, agent, id, "Reporter", motif: "Quorum non atteint", versSeanceId: suivante));
        var reportee = await LireSeanceAsync(app, id);
        Assert.Equal((StatutSeance.Reportee, suivante), (reportee.Statut, reportee.ReporteeVersId));
        var deplace = await LireDossierAsync(app, dossier.Id);
        Assert.Equal((suivante, StatutDossierEp.Inscrit, 1), (deplace.SeanceEpId, deplace.Statut, deplace.Rang));
    }

    [Fact]
    public async Task Annulation_refusee_quand_la_seance_a_des_avis_enregistres()
    {
        var app = envois.App;
        var equipe = await EquipeAsync(app, quorum: 2, minimumFranceTravail: 0);
        var (premier, second) = (await DossierAsync(app), await DossierAsync(app));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var id = await SeanceAsync(agent, equipe.Id);
        Assert.Null(await OrdreDuJourAsync(app, agent, id, "Inscrire", premier.Id, second.Id));
        Assert.Null(await ActeAsync(app, agent, id, "ArreterOrdreDuJour"));
        Assert.Null(await ActeAsync(app, agent, id, "Convoquer"));
        await LeJourVenuAsync(app, id);
        Assert.Null(await ActeAsync(app, agent, id, "Tenir", membresPresents: equipe.Ids(FonctionMembre.Departement, FonctionMembre.ProfessionnelInsertion)));
        Assert.Null(await AvisAsync(app, agent, premier.Id, "Sursis"));

        Assert.Contains("annuler la séance : la séance est « tenue »", await ActeAsync(app, agent, id, "Annuler", motif: "Erreur"), StringComparison.Ordinal);
        Assert.Equal("La séance a des avis enregistrés : elle ne peut plus être reportée.", await ActeAsync(app, agent, id, "Reporter", motif: "Erreur"));
        Assert.Equal((id, StatutDossierEp.Inscrit), ((await LireDossierAsync(app, second.Id)).SeanceEpId, (await LireDossierAsync(app, second.Id)).Statut));
    }

    [Fact]
    public async Task Annulation_avant_les_avis_remet_les_dossiers_en_attente()
    {
        var app = envois.App;
        var equipe = await EquipeAsync(app);
        var dossier = await DossierAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var id = await SeanceAsync(agent, equipe.Id);
        Assert.Null(await OrdreDuJourAsync(app, agent, id, "Inscrire", dossier.Id));
        Assert.Contains("déjà", await OrdreDuJourAsync(app, agent, id, "Inscrire", dossier.Id) ?? "", StringComparison.Ordinal);
        Assert.Null(await ActeAsync(app, agent, id, "Annuler", motif: "Salle indisponible"));
        var libere = await LireDossierAsync(app, dossier.Id);
        Assert.Equal((StatutDossierEp.AInscrire, (int?)null, (int?)null), (libere.Statut, libere.SeanceEpId, libere.Rang));
        Assert.Equal(("Salle indisponible", StatutSeance.Annulee), ((await LireSeanceAsync(app, id)).MotifAnnulation, (await LireSeanceAsync(app, id)).Statut));
    }
}
