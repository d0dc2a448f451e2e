using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Features.Immersions;
using Passerelle.Web.Features.OffresEmploi;
using Passerelle.Web.Features.Parrainage;
using Passerelle.Web.Features.Pilotage.Catalogue;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;
using static Passerelle.Tests.Features.EquipesPluridisciplinaires.Seances.SeancesDeTest;
using static Passerelle.Tests.Features.Pilotage.Catalogue.CatalogueDeTest;
using static Passerelle.Tests.Features.Portefeuille.DonneesPortefeuille;

namespace Passerelle.Tests.Features.Pilotage.Catalogue;

/// <summary>
/// The catalogue's indicators on the other capabilities (EP-…, OFF-…, IMM-…, CLA-…, PAR-…) on rows built by hand, each test in a year of its
/// own that no other row of this fixture reaches, every row one day or one minute (legal time) on either side of a boundary
/// of the period, or of the wrong kind.
/// </summary>
public sealed class CalculsCapacitesTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Passages_en_ep_comptent_les_dossiers_avec_avis_en_seance_tenue_dans_la_periode()
    {
        var (du, au) = (new DateOnly(2004, 4, 1), new DateOnly(2004, 6, 30));
        var equipe = await EquipeAsync(app);
        var debut = new DateTime(2004, 3, 31, 22, 0, 0, DateTimeKind.Utc); // 1 April 00:00 in Paris (summer time)
        var seances = await app.DansDepartementAsync("49", async db =>
        {
            var liste = new[] { debut, debut.AddMinutes(-1), new DateTime(2004, 6, 30, 21, 59, 0, DateTimeKind.Utc), new DateTime(2004, 6, 30, 22, 0, 0, DateTimeKind.Utc) }
                .Select(d => new SeanceEp { EquipePluridisciplinaireId = equipe.Id, Debut = d, Lieu = "Angers", Statut = StatutSeance.Close }).ToList();
            db.AddRange(liste);
            await db.SaveChangesAsync();
            return liste.ConvertAll(s => s.Id);
        });
        var (premier, veille, dernier, lendemain) = (seances[0], seances[1], seances[2], seances[3]);
        async Task<int> PassageAsync(NatureThematique nature, int seance, bool avis = true, string territoire = Angers)
        {
            var dossier = await DossierAsync(app, territoire, nature);
            await app.DansDepartementAsync("49", db => db.Set<DossierEp>().Where(d => d.Id == dossier.Id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.SeanceEpId, seance).SetProperty(d => d.Avis, avis ? TypeDecisionEp.Maintien : null).SetProperty(d => d.Statut, avis ? StatutDossierEp.AvisRendu : StatutDossierEp.Inscrit)));
            return dossier.PersonneId;
        }
        var nonInscrit = await PassageAsync(NatureThematique.NonInscritFranceTravail, premier);
        await PassageAsync(NatureThematique.NonInscritFranceTravail, veille);
        await PassageAsync(NatureThematique.NonInscritFranceTravail, lendemain);
        await PassageAsync(NatureThematique.NonInscritFranceTravail, dernier, avis: false);
        var sansContrat = await PassageAsync(NatureThematique.SansContrat, dernier, territoire: Saumurois);
        var absences = await PassageAsync(NatureThematique.AbsencesRepetees, premier);
        var contrat = await PassageAsync(NatureThematique.ContratNonRespecte, dernier);
        await PassageAsync(NatureThematique.Reorientation, dernier);
        await PassageAsync(NatureThematique.SansContrat, veille);

        var nonInscription = await CalculerAsync(app, "EP-PASSAGES-NON-INSCRIPTION", du, au, Ventilation.Territoire);
        Assert.Equal(1m, nonInscription.Valeur.Valeur);
        Assert.Equal(new Dictionary<string, decimal?> { [Angers] = 1m }, nonInscription.Lignes);
        Assert.Equal([nonInscrit], nonInscription.Personnes);

        var droitsDevoirs = await CalculerAsync(app, "EP-PASSAGES-DROITS-DEVOIRS", du, au, Ventilation.Territoire);
        Assert.Equal(4m, droitsDevoirs.Valeur.Valeur);
        Assert.Equal(new Dictionary<string, decimal?> { [Angers] = 3m, [Saumurois] = 1m }, droitsDevoirs.Lignes);
        Assert.Equal(new[] { nonInscrit, sansContrat, absences, contrat }.Order(), droitsDevoirs.Personnes);
        var (_, saumurois) = await TerritoiresAsync(app);
        Assert.Equal(1m, (await CalculerAsync(app, "EP-PASSAGES-DROITS-DEVOIRS", du, au, territoires: [saumurois])).Valeur.Valeur);
    }

    [Fact]
    public async Task Offres_captees_et_mises_en_relation_comptent_leur_date_de_publication_ou_de_proposition()
    {
        var (du, au) = (new DateOnly(2003, 4, 1), new DateOnly(2003, 6, 30));
        var (angers, saumurois) = await TerritoiresAsync(app);
        using var robot = await OffresEmploi.OffresDeTest.RobotAsync(app);
        var employeur = await OffresEmploi.OffresDeTest.EmployeurAsync(robot);
        async Task<int> OffreAsync(DateOnly publication, int territoire)
        {
            var id = await OffresEmploi.OffresDeTest.OffreAsync(robot, employeur, "49007");
            await app.DansDepartementAsync("49", db => db.Set<OffreEmploi>().Where(o => o.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.DatePublication, publication).SetProperty(o => o.TerritoireId, territoire)));
            return id;
        }
        var (premier, dernier, veille) = (await OffreAsync(du, angers), await OffreAsync(au, saumurois), await OffreAsync(du.AddDays(-1), angers));
        await OffreAsync(au.AddDays(1), saumurois);
        var referent = await CompteAsync(app, "referent@49");
        async Task<int> MiseAsync(int offre, DateOnly proposition, bool rsa = true)
        {
            var p = await PersonneAsync(app, p => p.Etape = Passerelle.Web.Features.Orientation.EtapeParcours.Accompagne);
            await app.DansDepartementAsync("49", async db =>
            {
                db.Add(new MiseEnRelation { OffreEmploiId = offre, PersonneId = p.PersonneId, ParcoursId = p.ParcoursId, ReferentId = referent.Id, Rsa = rsa, DateProposition = proposition, ModifiePar = "essai" });
                await db.SaveChangesAsync();
            });
            return p.PersonneId;
        }
        var m1 = await MiseAsync(premier, du);
        var m2 = await MiseAsync(dernier, au, rsa: false);
        var m5 = await MiseAsync(veille, new DateOnly(2003, 5, 5)); // an offer of the period before: the proposition places it
        await MiseAsync(premier, du.AddDays(-1));
        await MiseAsync(dernier, au.AddDays(1));

        var offres = await CalculerAsync(app, "OFF-OFFRES-CAPTEES", du, au, Ventilation.Territoire);
        Assert.Equal(2m, offres.Valeur.Valeur);
        Assert.Equal(new Dictionary<string, decimal?> { [Angers] = 1m, [Saumurois] = 1m }, offres.Lignes);
        var mises = await CalculerAsync(app, "OFF-MISES-EN-RELATION", du, au, Ventilation.Territoire);
        Assert.Equal(3m, mises.Valeur.Valeur);
        Assert.Equal(new Dictionary<string, decimal?> { [Angers] = 2m, [Saumurois] = 1m }, mises.Lignes);
        Assert.Equal(new[] { m1, m2, m5 }.Order(), mises.Personnes);
        Assert.Equal(new Dictionary<string, decimal?> { ["bénéficiaires du RSA"] = 2m, ["hors RSA"] = 1m }, (await CalculerAsync(app, "OFF-MISES-EN-RELATION", du, au, Ventilation.Rsa)).Lignes);
    }

    [Fact]
    public async Task Immersions_comptent_leur_date_de_debut_et_un_renouvellement_une_seule_fois()
    {
        var (du, au) = (new DateOnly(2002, 4, 1), new DateOnly(2002, 6, 30));
        var (s1, s2) = (await Prescriptions.Indicateurs.OffreDeTest.StructureAsync(app, "Structure une"), await Prescriptions.Indicateurs.OffreDeTest.StructureAsync(app, "Structure deux"));
        var personne = await Prescriptions.Indicateurs.OffreDeTest.NouvellePersonneAsync(app);
        await app.DansDepartementAsync("49", async db =>
        {
            Immersion Immersion(DateOnly debut, int structure, DateOnly? renouvellement = null) => new()
            {
                PersonneId = personne,
                StructureId = structure,
                DateDebut = debut,
                DateFin = debut.AddDays(14),
                DateFinRenouvellement = renouvellement,
                CodeRome = "K1302",
                PrescritParId = "essai",
                PrescritParNom = "Essai",
                PrescritLe = new DateTime(2002, 1, 5, 9, 0, 0, DateTimeKind.Utc),
            };
            db.AddRange(Immersion(du, s1), Immersion(au, s2), Immersion(du.AddDays(-1), s1), Immersion(au.AddDays(1), s2),
                Immersion(new DateOnly(2002, 3, 1), s1, renouvellement: new DateOnly(2002, 4, 30))); // begun before, renewed within: not counted again
            await db.SaveChangesAsync();
        });
        var immersions = await CalculerAsync(app, "IMM-IMMERSIONS", du, au, Ventilation.Structure);
        Assert.Equal(2m, immersions.Valeur.Valeur);
        Assert.Equal(new Dictionary<int, decimal?> { [s1] = 1m, [s2] = 1m }, immersions.ParCle);
    }

    [Fact]
    public async Task Clauses_comptent_les_heures_des_mois_de_la_periode_et_les_marches_qui_la_recouvrent()
    {
        var (du, au) = (new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30));
        var (angers, saumurois) = await TerritoiresAsync(app);
        var robot = await Clauses.ClausesDeTest.RobotAsync(app);
        var (m1, m2) = (await Clauses.ClausesDeTest.MarcheAsync(robot, Clauses.ClausesDeTest.Numero(), angers), await Clauses.ClausesDeTest.MarcheAsync(robot, Clauses.ClausesDeTest.Numero(), saumurois));
        var (lea, paul) = (await Clauses.ClausesDeTest.ParticipantAsync(robot, m1, "Connue"), await Clauses.ClausesDeTest.ParticipantAsync(robot, m2, "Connu", "Paul"));
        foreach (var (marche, participant, mois, heures) in new[] { (m1, lea, "2025-03", 11m), (m1, lea, "2025-04", 20m), (m1, lea, "2025-06", 30.5m), (m1, lea, "2025-07", 13m), (m2, paul, "2025-05", 7m) })
            Assert.True((await Clauses.ClausesDeTest.MoisAsync(robot, marche, mois, (participant, heures))).IsSuccessStatusCode, mois);
        var heuresRealisees = await CalculerAsync(app, "CLA-HEURES-REALISEES", du, au, Ventilation.Territoire);
        Assert.Equal(57.5m, heuresRealisees.Valeur.Valeur); // April and June of m1, May of m2: March and July are out
        Assert.Equal(new Dictionary<string, decimal?> { [Angers] = 50.5m, [Saumurois] = 7m }, heuresRealisees.Lignes);
        // A period starting mid-month counts that month's hours: the month of the entry places them.
        Assert.Equal(7m, (await CalculerAsync(app, "CLA-HEURES-REALISEES", new DateOnly(2025, 5, 20), new DateOnly(2025, 5, 31))).Valeur.Valeur);

        // Every contract of this class runs through 2025 (the API's dates): moved so that one ends the day before the period,
        // one starts the day after it, one starts on its last day and one ends on its first day.
        var (m3, m4) = (await Clauses.ClausesDeTest.MarcheAsync(robot, Clauses.ClausesDeTest.Numero(), angers), await Clauses.ClausesDeTest.MarcheAsync(robot, Clauses.ClausesDeTest.Numero(), angers));
        var (du24, au24) = (new DateOnly(2024, 4, 1), new DateOnly(2024, 6, 30));
        await app.DansDepartementAsync("49", async db =>
        {
            foreach (var (id, debut, fin) in new[] { (m1, new DateOnly(2024, 1, 1), du24.AddDays(-1)), (m2, au24.AddDays(1), new DateOnly(2024, 12, 31)), (m3, au24, new DateOnly(2024, 12, 31)), (m4, new DateOnly(2024, 1, 1), du24) })
                await db.Set<Web.Features.Clauses.MarcheClause>().Where(m => m.Id == id).ExecuteUpdateAsync(m => m.SetProperty(x => x.DateDebut, debut).SetProperty(x => x.DateFin, fin));
        });
        var marches = await CalculerAsync(app, "CLA-MARCHES", du24, au24, Ventilation.Territoire);
        Assert.Equal(2m, marches.Valeur.Valeur);
        Assert.Equal(new Dictionary<string, decimal?> { [Angers] = 2m }, marches.Lignes);
    }

    [Fact]
    public async Task Parrainage_compte_les_parrains_actifs_et_une_fois_chaque_personne_dont_un_parrainage_a_commence()
    {
        var (du, au) = (new DateOnly(2003, 4, 1), new DateOnly(2003, 6, 30));
        var actifs = (await CalculerAsync(app, "PAR-PARRAINS-ACTIFS", du, au)).Valeur.Valeur;
        var propositions = new List<(int Parrain, int Personne, int Id)>();
        for (var i = 0; i < 3; i++)
        {
            var (parrain, personne, id) = await Parrainage.ParrainageDeTest.ProposeAsync(app);
            propositions.Add((parrain.Id, personne, id));
        }
        await app.DansDepartementAsync("49", async db =>
        {
            var suivis = db.Set<Web.Features.Parrainage.Parrainage>();
            async Task Commencer(int id, DateOnly? le) =>
                await suivis.Where(p => p.Id == id).ExecuteUpdateAsync(p => p.SetProperty(x => x.CommenceLe, le).SetProperty(x => x.Statut, le is null ? StatutParrainage.Propose : StatutParrainage.EnCours));
            await Commencer(propositions[0].Id, du);               // first day: in
            await Commencer(propositions[1].Id, au.AddDays(1));    // the day after: out
            await Commencer(propositions[2].Id, null);             // proposed, never begun: out
            // The first person begins a second pairing on the last day: counted once.
            var premier = await suivis.AsNoTracking().SingleAsync(p => p.Id == propositions[0].Id);
            db.Add(new Web.Features.Parrainage.Parrainage
            {
                ParrainId = propositions[2].Parrain,
                PersonneId = premier.PersonneId,
                ProposeParId = premier.ProposeParId,
                ProposeParNom = premier.ProposeParNom,
                ProposeLe = premier.ProposeLe,
                DateDebut = au,
                DateFinPrevue = au.AddMonths(6),
                Objectifs = premier.Objectifs,
                Partage = premier.Partage,
                Statut = StatutParrainage.EnCours,
                CommenceLe = au,
            });
            await db.SaveChangesAsync();
            await db.Set<Parrain>().Where(p => p.Id == propositions[1].Parrain).ExecuteUpdateAsync(p => p.SetProperty(x => x.Actif, false));
        });
        Assert.Equal(1m, (await CalculerAsync(app, "PAR-FILLEULS", du, au)).Valeur.Valeur);
        Assert.Equal(actifs + 2, (await CalculerAsync(app, "PAR-PARRAINS-ACTIFS", du, au)).Valeur.Valeur); // three new mentors, one inactive
    }
}
