using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Offre;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Prescriptions;
using Passerelle.Web.Features.Prescriptions.Indicateurs;
using Passerelle.Web.Features.Sorties;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Prescriptions.Indicateurs.OffreDeTest;

namespace Passerelle.Tests.Features.Prescriptions.Indicateurs;

/// <summary>
/// The offer's indicators on hand-built rows whose figures are known. Each test owns its actions (and filters on them)
/// and a year long past, so that no demo row and no other test's row changes its figures.
/// </summary>
public sealed class IndicateursOffreTests(Application app) : IClassFixture<Application>
{
    private static DateOnly J(int annee, int mois, int jour) => new(annee, mois, jour);

    private static DateTime Utc(int annee, int mois, int jour, int heure = 9, int minute = 0) => new(annee, mois, jour, heure, minute, 0, DateTimeKind.Utc);

    private static LigneOffre Seule(TableauOffre tableau) => Assert.Single(tableau.Lignes);

    [Fact]
    public async Task Jeu_de_la_Sarthe_redonne_les_taux_du_PDI_2012_2016()
    {
        var structure = await JeuSarthe.CreerAsync(app);
        foreach (var annee in JeuSarthe.Serie)
        {
            var ligne = Seule(await CalculerAsync(app, J(annee.Valeur, 1, 1), J(annee.Valeur, 12, 31), structureId: structure));
            Assert.Equal<(int, double?, double?, double?)>((annee.Valeur, annee.Occupation, annee.SortieDynamique, annee.EmploiDurable),
                (annee.Valeur, ligne.Occupation!.Taux, ligne.Sorties.TauxDynamique, ligne.Sorties.TauxEmploiDurable));
            Assert.Equal(200, ligne.Sorties.Total);
        }
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var api = await ApiAsync(agent, $"du=2014-01-01&au=2014-12-31&structureId={structure}");
        var occupation = api.GetProperty("lignes")[0].GetProperty("occupation");
        Assert.Equal(82, occupation.GetProperty("taux").GetDouble());
        Assert.Equal(82 * 365, occupation.GetProperty("joursPresence").GetInt64());
    }

    [Fact]
    public async Task Participants_et_places_sont_comptes_sur_leurs_jours_dans_la_periode()
    {
        var structure = await OffreTests.StructureOperateurAsync(app);
        // 10 places over March – June of the period (122 days), 5 places over its January (31 days): 1,375 place-days.
        var action = await ActionAsync(app, structure, (J(2003, 3, 1), J(2003, 12, 31), 10), (J(2002, 7, 1), J(2003, 1, 31), 5), (J(2003, 7, 1), J(2003, 12, 31), 50));
        var (un, deux) = (await NouvellePersonneAsync(app), await NouvellePersonneAsync(app));
        await AjouterAsync(app,
        [
            Prescription(action, structure, un, Utc(2002, 11, 20), J(2002, 12, 1), J(2003, 1, 10), TypeSortieAction.Abandon),
            Prescription(action, structure, deux, Utc(2003, 6, 1), J(2003, 6, 20)),
            Prescription(action, structure, un, Utc(2003, 1, 20), J(2003, 2, 1), J(2003, 2, 28), TypeSortieAction.EmploiDurable),
            Prescription(action, structure, deux, Utc(2003, 6, 25), J(2003, 7, 1)),
            Prescription(action, structure, deux, Utc(2001, 12, 1), J(2002, 1, 1), J(2002, 12, 31), TypeSortieAction.EmploiDurable),
        ]);
        var ligne = Seule(await CalculerAsync(app, J(2003, 1, 1), J(2003, 6, 30), actionId: action));
        // 10 days in January, 11 at the end of June, 28 in February.
        Assert.Equal(new OccupationOffre(49, 1375, 3.6), ligne.Occupation);
        Assert.Equal(2, ligne.Personnes.Accompagnees);
        Assert.Equal(new SortiesOffre(2, 1, 50, 1, 50, 1, 50), ligne.Sorties);
    }

    [Fact]
    public async Task Action_sans_places_financees_dans_la_periode_n_a_pas_de_taux_d_occupation()
    {
        var structure = await OffreTests.StructureOperateurAsync(app);
        var sansPlaces = await ActionAsync(app, structure, (J(2005, 1, 1), J(2005, 12, 31), 8));
        await AjouterAsync(app, [Prescription(sansPlaces, structure, await PersonneAsync(app), Utc(2003, 12, 1), J(2004, 1, 5))]);
        var ligne = Seule(await CalculerAsync(app, J(2004, 1, 1), J(2004, 12, 31), DecoupageOffre.Action, actionId: sansPlaces));
        Assert.Equal((sansPlaces, 1), (ligne.Id, ligne.Personnes.Accompagnees));
        Assert.Equal(new OccupationOffre(0, 0, null), ligne.Occupation);
    }

    [Fact]
    public async Task Delai_prescription_entree_se_compte_en_jours_legaux_et_sa_mediane_d_un_nombre_pair_est_la_moyenne_des_deux_du_milieu()
    {
        var structure = await OffreTests.StructureOperateurAsync(app);
        var action = await ActionAsync(app, structure);
        var personne = await PersonneAsync(app);
        await AjouterAsync(app,
        [
            // 23:30 UTC on 9 January is 00:30 on 10 January in Angers: 2 days to the 12th, not 3.
            Prescription(action, structure, personne, Utc(2006, 1, 9, 23, 30), J(2006, 1, 12)),
            Prescription(action, structure, personne, Utc(2006, 2, 1), J(2006, 2, 5)),
            Prescription(action, structure, personne, Utc(2006, 3, 1), J(2006, 3, 11)),
            Prescription(action, structure, personne, Utc(2006, 4, 1), J(2006, 5, 1)),
            // Entered before the period: present, but not an entry of it.
            Prescription(action, structure, personne, Utc(2005, 11, 1), J(2005, 12, 1)),
        ]);
        var ligne = Seule(await CalculerAsync(app, J(2006, 1, 1), J(2006, 12, 31), actionId: action));
        Assert.Equal(new DelaiOffre(4, 11.5, 7), ligne.DelaiEntree);
    }

    [Fact]
    public async Task Personnes_accompagnees_se_partagent_entre_RSA_et_hors_RSA_selon_la_prescription()
    {
        var structure = await OffreTests.StructureOperateurAsync(app);
        var action = await ActionAsync(app, structure);
        var (a, b, c) = (await NouvellePersonneAsync(app), await NouvellePersonneAsync(app), await NouvellePersonneAsync(app));
        await AjouterAsync(app,
        [
            Prescription(action, structure, a, Utc(2007, 1, 2), J(2007, 1, 10), rsa: true),
            Prescription(action, structure, b, Utc(2007, 1, 2), J(2007, 1, 10), rsa: false),
            // Prescribed twice, once while at the RSA: counted once, as a beneficiary.
            Prescription(action, structure, c, Utc(2007, 1, 2), J(2007, 1, 10), J(2007, 2, 1), TypeSortieAction.Autre, rsa: false),
            Prescription(action, structure, c, Utc(2007, 3, 2), J(2007, 3, 10), rsa: true),
        ]);
        var ligne = Seule(await CalculerAsync(app, J(2007, 1, 1), J(2007, 12, 31), actionId: action));
        Assert.Equal(new PersonnesOffre(3, 2, 1, 66.7), ligne.Personnes);
    }

    [Fact]
    public async Task Prescriptions_envoyees_se_comptent_par_territoire_d_origine_sans_taux_d_occupation()
    {
        var structure = await OffreTests.StructureOperateurAsync(app);
        var action = await ActionAsync(app, structure, (J(2008, 1, 1), J(2008, 12, 31), 4));
        var (angers, saumurois) = await app.DansDepartementAsync("49", async db => (
            await db.Territoires.Where(t => t.Nom == Dossiers.DonneesDossiers.Angers).Select(t => t.Id).SingleAsync(),
            await db.Territoires.Where(t => t.Nom == Dossiers.DonneesDossiers.Saumurois).Select(t => t.Id).SingleAsync()));
        var personne = await PersonneAsync(app);
        await AjouterAsync(app,
        [
            Prescription(action, structure, personne, Utc(2008, 2, 1), territoireId: angers),
            Prescription(action, structure, personne, Utc(2008, 3, 1), J(2008, 3, 5), territoireId: angers),
            Prescription(action, structure, personne, Utc(2008, 4, 1), territoireId: angers, statut: StatutPrescription.Refusee),
            Prescription(action, structure, personne, Utc(2008, 5, 1), territoireId: saumurois),
            Prescription(action, structure, personne, Utc(2008, 6, 1)),
            // 31 December 23:30 UTC is already 1 January in Angers: sent in 2009.
            Prescription(action, structure, personne, Utc(2008, 12, 31, 23, 30), territoireId: saumurois),
            Prescription(action, structure, personne, Utc(2007, 12, 1), territoireId: saumurois),
        ]);
        var tableau = await CalculerAsync(app, J(2008, 1, 1), J(2008, 12, 31), DecoupageOffre.Territoire, actionId: action);
        Assert.Equal(new (int?, int)[] { (angers, 3), (saumurois, 1), (null, 1) },
            tableau.Lignes.OrderBy(l => l.Id == angers ? 0 : l.Id == saumurois ? 1 : 2).Select(l => (l.Id, l.PrescriptionsEnvoyees)));
        Assert.Equal("Sans territoire connu", tableau.Lignes.Single(l => l.Id is null).Libelle);
        Assert.All(tableau.Lignes, l => Assert.Null(l.Occupation));
        Assert.Equal(1, tableau.Lignes.Single(l => l.Id == angers).Personnes.Accompagnees);
    }

    [Fact]
    public async Task Sorties_abandons_et_situations_a_3_et_6_mois_portent_sur_les_sorties_de_la_periode()
    {
        var structure = await OffreTests.StructureOperateurAsync(app);
        var action = await ActionAsync(app, structure);
        var personne = await PersonneAsync(app);
        Prescription Sortie(DateOnly date, TypeSortieAction type, SituationEmploi? trois = null, SituationEmploi? six = null)
        {
            var p = Prescription(action, structure, personne, Utc(2009, 1, 2), J(2009, 1, 5), date, type);
            (p.Situation3Mois, p.Situation6Mois) = (trois, six);
            return p;
        }
        await AjouterAsync(app,
        [
            Sortie(J(2009, 3, 1), TypeSortieAction.Abandon, SituationEmploi.RechercheEmploi, SituationEmploi.EmploiTemporaire),
            Sortie(J(2009, 4, 1), TypeSortieAction.Abandon, SituationEmploi.SansActivite),
            Sortie(J(2009, 5, 1), TypeSortieAction.EmploiTransition, SituationEmploi.EmploiTemporaire, SituationEmploi.EmploiDurable),
            Sortie(J(2009, 6, 1), TypeSortieAction.Demenagement),
            Sortie(J(2010, 1, 4), TypeSortieAction.Abandon, SituationEmploi.EmploiDurable),
        ]);
        var ligne = Seule(await CalculerAsync(app, J(2009, 1, 1), J(2009, 12, 31), actionId: action));
        Assert.Equal(new SortiesOffre(4, 1, 25, 0, 0, 2, 50), ligne.Sorties);
        Assert.Equal(new SuiviOffre(3, 1, 33.3), ligne.Situation3Mois);
        Assert.Equal(new SuiviOffre(2, 2, 100), ligne.Situation6Mois);
    }

    [Fact]
    public async Task Decoupages_par_action_fiche_et_structure_additionnent_les_actions_de_chaque_groupe()
    {
        var structure = await StructureAsync(app, "Opérateur à deux actions");
        var (a, b) = (await ActionAsync(app, structure, (J(2010, 1, 1), J(2010, 12, 31), 2)), await ActionAsync(app, structure, (J(2010, 7, 1), J(2010, 12, 31), 1)));
        var personne = await PersonneAsync(app);
        await AjouterAsync(app, [Prescription(a, structure, personne, Utc(2009, 12, 1), J(2010, 1, 1), J(2010, 12, 31), TypeSortieAction.Autre),
            Prescription(b, structure, personne, Utc(2010, 6, 1), J(2010, 7, 1), J(2010, 9, 29), TypeSortieAction.FormationQualifiante)]);
        var (du, au) = (J(2010, 1, 1), J(2010, 12, 31));
        var parAction = await CalculerAsync(app, du, au, DecoupageOffre.Action, structureId: structure);
        Assert.Equal(new double?[] { 50, 49.5 }, parAction.Lignes.OrderBy(l => l.Id == a ? 0 : 1).Select(l => l.Occupation!.Taux));
        var parStructure = Seule(await CalculerAsync(app, du, au, DecoupageOffre.Structure, structureId: structure));
        Assert.Equal((structure, new OccupationOffre(365 + 91, 730 + 184, 49.9)), (parStructure.Id, parStructure.Occupation));
        Assert.Equal(1, parStructure.Personnes.Accompagnees);
        var parFiche = Seule(await CalculerAsync(app, du, au, DecoupageOffre.FicheAction, structureId: structure));
        Assert.Equal(await OffreTests.FicheAsync(app), parFiche.Id);
        Assert.Equal(parStructure.Occupation, parFiche.Occupation);
    }

    [Fact]
    public async Task Jours_a_venir_ne_comptent_ni_comme_presence_ni_comme_places()
    {
        var structure = await OffreTests.StructureOperateurAsync(app);
        var aujourdhui = HeureDeTest.Aujourdhui;
        var (debut, fin) = (new DateOnly(aujourdhui.Year, 1, 1), new DateOnly(aujourdhui.Year, 12, 31));
        var action = await ActionAsync(app, structure, (debut, fin, 1));
        var entree = aujourdhui.AddDays(-9) < debut ? debut : aujourdhui.AddDays(-9);
        await AjouterAsync(app, [Prescription(action, structure, await PersonneAsync(app), HeureDeTest.MaintenantUtc.AddDays(-30), entree)]);
        var ligne = Seule(await CalculerAsync(app, debut, fin, actionId: action));
        Assert.Equal((aujourdhui.DayNumber - entree.DayNumber + 1, aujourdhui.DayNumber - debut.DayNumber + 1), (ligne.Occupation!.JoursPresence, ligne.Occupation.JoursPlaces));
    }

    private static async Task<JsonElement> ApiAsync(Navigateur navigateur, string requete)
    {
        var reponse = await navigateur.GetAsync($"/api/v1/indicateurs/offre?{requete}");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        return JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement;
    }
}
