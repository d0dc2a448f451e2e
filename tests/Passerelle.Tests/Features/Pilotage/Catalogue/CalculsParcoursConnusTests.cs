using Passerelle.Tests.Support;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Pilotage.Catalogue;
using Passerelle.Web.Features.Sorties;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;
using static Passerelle.Tests.Features.Pilotage.Catalogue.CatalogueDeTest;
using static Passerelle.Tests.Features.Portefeuille.DonneesPortefeuille;

namespace Passerelle.Tests.Features.Pilotage.Catalogue;

/// <summary>
/// The catalogue's indicators on the RSA parcours (ORI-…, SOR-…) on parcours built by hand, each test in a year of its own
/// that no other row of this fixture reaches (the stocks in the earliest, 2001, so that no later parcours is open then),
/// every row one day (or one minute, legal time) on either side of a boundary.
/// </summary>
public sealed class CalculsParcoursConnusTests(Application app) : IClassFixture<Application>
{
    private static DateOnly J(int annee, int mois, int jour) => new(annee, mois, jour);

    private async Task<(int Personne, int Parcours)> ParcoursAsync(DateOnly entree, DateOnly? orientation, Action<Parcours>? regler = null, string territoire = Angers)
    {
        var p = await PersonneAsync(app, p =>
        {
            (p.DateEntree, p.DateOrientation, p.TypeOrientation, p.Etape) = (entree, orientation, orientation is null ? null : TypeOrientation.Sociale, EtapeParcours.Accompagne);
            regler?.Invoke(p);
        }, territoire);
        return (p.PersonneId, p.ParcoursId);
    }

    [Fact]
    public async Task Accompagnes_et_sans_referent_sont_les_parcours_ouverts_le_dernier_jour()
    {
        var (du, au) = (J(2001, 1, 1), J(2001, 12, 31));
        var referent = await CompteAsync(app, "referent@49");
        async Task<(int Personne, int Parcours)> Designe((int Personne, int Parcours) p, DateOnly debut, DateOnly? fin)
        {
            await DesignerAsync(app, p.Parcours, p.Personne, referent, TypeOrientation.Sociale, debut, fin);
            return p;
        }
        // Open that day, with a référent until the day after: accompanied, not without référent.
        var a = await Designe(await ParcoursAsync(J(2001, 5, 1), J(2001, 6, 1)), J(2001, 7, 1), au.AddDays(1));
        // Oriented on the day, closed the day after, référent until that day only: accompanied and without référent.
        var b = await Designe(await ParcoursAsync(J(2001, 11, 1), au, p => (p.DateCloture, p.TypeOrientation) = (au.AddDays(1), TypeOrientation.Professionnelle), Saumurois), J(2001, 11, 2), au);
        // Closed on the day, or the day before: in neither.
        var c = await Designe(await ParcoursAsync(J(2001, 2, 1), J(2001, 3, 1), p => p.DateCloture = au), J(2001, 3, 2), null);
        await ParcoursAsync(J(2001, 2, 1), J(2001, 3, 1), p => p.DateCloture = au.AddDays(-1));
        // Entered, oriented the day after (référent from then on): without référent, not accompanied.
        await Designe(await ParcoursAsync(J(2001, 12, 20), au.AddDays(1)), au.AddDays(1), null);
        // Entered, never oriented: without référent.
        await ParcoursAsync(J(2001, 5, 1), null);
        // A « jeunes » parcours, open: in neither.
        await ParcoursAsync(J(2001, 5, 1), J(2001, 6, 1), p => p.Public = "JEUNES");
        // A référent from that very day: accompanied, not without référent.
        var h = await Designe(await ParcoursAsync(J(2001, 1, 10), J(2001, 2, 1)), au, null);

        var accompagnes = await CalculerAsync(app, "ORI-ACCOMPAGNES", du, au, Ventilation.TypeOrientation);
        Assert.Equal(3m, accompagnes.Valeur.Valeur);
        Assert.Equal(new Dictionary<int, decimal?> { [(int)TypeOrientation.Sociale] = 2m, [(int)TypeOrientation.Professionnelle] = 1m }, accompagnes.ParCle);
        Assert.Equal(new[] { a.Personne, b.Personne, h.Personne }.Order(), accompagnes.Personnes);
        Assert.Equal(new Dictionary<string, decimal?> { [Angers] = 2m, [Saumurois] = 1m }, (await CalculerAsync(app, "ORI-ACCOMPAGNES", du, au, Ventilation.Territoire)).Lignes);
        // The day before, the parcours closed on the last day was still open and the one oriented on it not yet.
        Assert.Equal(new[] { a.Personne, c.Personne, h.Personne }.Order(), (await CalculerAsync(app, "ORI-ACCOMPAGNES", du, au.AddDays(-1))).Personnes);

        var (angers, saumurois) = await TerritoiresAsync(app);
        Assert.Equal(3m, (await CalculerAsync(app, "ORI-SANS-REFERENT", du, au)).Valeur.Valeur);
        Assert.Equal(1m, (await CalculerAsync(app, "ORI-SANS-REFERENT", du, au, territoires: [saumurois])).Valeur.Valeur);
        Assert.Equal(2m, (await CalculerAsync(app, "ORI-SANS-REFERENT", du, au, territoires: [angers])).Valeur.Valeur);
    }

    [Fact]
    public async Task Contractualisation_des_orientes_social_compte_les_contrats_signes_a_ce_jour()
    {
        var (du, au) = (J(2005, 4, 1), J(2005, 6, 30));
        var a = await ParcoursAsync(J(2005, 3, 1), du, p => p.DateContrat = J(2005, 5, 1));
        var b = await ParcoursAsync(J(2005, 3, 1), au, territoire: Saumurois);
        var g = await ParcoursAsync(J(2005, 3, 1), J(2005, 5, 1), p => p.DateContrat = J(2007, 1, 15)); // signed after the period: counted
        await ParcoursAsync(J(2005, 3, 1), du.AddDays(-1), p => p.DateContrat = J(2005, 5, 1));
        await ParcoursAsync(J(2005, 3, 1), au.AddDays(1), p => p.DateContrat = J(2005, 7, 5));
        await ParcoursAsync(J(2005, 3, 1), J(2005, 5, 1), p => (p.DateContrat, p.TypeOrientation) = (J(2005, 5, 2), TypeOrientation.Professionnelle));
        await ParcoursAsync(J(2005, 3, 1), J(2005, 5, 1), p => (p.DateContrat, p.Public) = (J(2005, 5, 2), "JEUNES"));

        var taux = await CalculerAsync(app, "ORI-CONTRACTUALISATION-SOCIAL", du, au, Ventilation.Territoire);
        Assert.Equal((66.7m, 2, 3), (taux.Valeur.Valeur!.Value, taux.Valeur.Numerateur!.Value, taux.Valeur.Denominateur!.Value));
        Assert.Equal(new Dictionary<string, decimal?> { [Angers] = 100m, [Saumurois] = 0m }, taux.Lignes);
        Assert.Equal(new[] { a.Personne, b.Personne, g.Personne }.Order(), taux.Personnes);
        Assert.Equal(new[] { a.Personne, g.Personne }.Order(), taux.Partie);
    }

    [Fact]
    public async Task Retour_apres_sortie_positive_compte_les_reprises_posterieures_a_la_sortie()
    {
        var (du, au) = (J(2006, 4, 1), J(2006, 6, 30));
        async Task<int> SortieAsync(DateOnly date, MotifSortie motif, DateOnly? reprise, string territoire = Angers, StatutSortie statut = StatutSortie.Enregistree)
        {
            var p = await ParcoursAsync(J(2005, 1, 1), J(2005, 2, 1), p => (p.DateCloture, p.SortieEnregistree, p.DateReprise) = (reprise is null ? date : null, reprise is null, reprise), territoire);
            await app.DansDepartementAsync("49", async db =>
            {
                db.Add(new Sortie { PersonneId = p.Personne, ParcoursId = p.Parcours, Statut = statut, DateSortie = date, Motif = motif });
                await db.SaveChangesAsync();
            });
            return p.Personne;
        }
        var a = await SortieAsync(du, MotifSortie.Emploi, J(2006, 9, 1));
        var b = await SortieAsync(au, MotifSortie.Formation, null, Saumurois);
        var g = await SortieAsync(J(2006, 5, 10), MotifSortie.Emploi, J(2006, 5, 10)); // back on the very day: not after
        var h = await SortieAsync(J(2006, 5, 12), MotifSortie.Emploi, J(2005, 1, 15)); // an earlier return: not after
        await SortieAsync(du.AddDays(-1), MotifSortie.Emploi, J(2006, 9, 1));
        await SortieAsync(au.AddDays(1), MotifSortie.Emploi, J(2006, 9, 1));
        await SortieAsync(J(2006, 5, 1), MotifSortie.Demenagement, J(2006, 9, 1));
        await SortieAsync(J(2006, 5, 1), MotifSortie.Emploi, J(2006, 9, 1), statut: StatutSortie.Proposee);

        var taux = await CalculerAsync(app, "SOR-RETOUR-APRES-SORTIE-POSITIVE", du, au, Ventilation.Territoire);
        Assert.Equal((25m, 1, 4), (taux.Valeur.Valeur!.Value, taux.Valeur.Numerateur!.Value, taux.Valeur.Denominateur!.Value));
        Assert.Equal(new Dictionary<string, decimal?> { [Angers] = 33.3m, [Saumurois] = 0m }, taux.Lignes);
        Assert.Equal(new[] { a, b, g, h }.Order(), taux.Personnes);
        Assert.Equal([a], taux.Partie);
    }

    [Fact]
    public async Task Reorientations_et_orientations_automatiques_comptent_les_decisions_proposees_dans_la_periode_en_heure_legale()
    {
        var (du, au) = (J(2007, 4, 1), J(2007, 6, 30));
        var (debut, finDernierJour) = (new DateTime(2007, 3, 31, 22, 0, 0, DateTimeKind.Utc), new DateTime(2007, 6, 30, 21, 59, 0, DateTimeKind.Utc)); // Paris: UTC+2
        async Task<int> DecisionAsync(OrigineOrientation origine, StatutDecision statut, DateTime proposeeLe, TypeOrientation type = TypeOrientation.Sociale,
            string territoire = Angers, string publicSuivi = Parcours.PublicRsa)
        {
            var p = await ParcoursAsync(J(2007, 1, 1), J(2007, 2, 1), p => p.Public = publicSuivi, territoire);
            await app.DansDepartementAsync("49", async db =>
            {
                db.Add(new DecisionOrientation { ParcoursId = p.Parcours, PersonneId = p.Personne, Type = type, Origine = origine, Statut = statut, Motif = "Essai", ProposeeLe = proposeeLe, ProposeePar = "essai" });
                await db.SaveChangesAsync();
            });
            return p.Personne;
        }
        const OrigineOrientation R = OrigineOrientation.Reorientation, A = OrigineOrientation.Automatique;
        await DecisionAsync(R, StatutDecision.Validee, debut);
        await DecisionAsync(R, StatutDecision.Validee, finDernierJour, territoire: Saumurois);
        await DecisionAsync(R, StatutDecision.Validee, debut.AddMinutes(-1));
        await DecisionAsync(R, StatutDecision.Validee, finDernierJour.AddMinutes(1));
        await DecisionAsync(R, StatutDecision.Proposee, debut.AddDays(10));
        await DecisionAsync(R, StatutDecision.Refusee, debut.AddDays(10));
        var a1 = await DecisionAsync(A, StatutDecision.Validee, debut);
        var a5 = await DecisionAsync(A, StatutDecision.Validee, finDernierJour, TypeOrientation.Professionnelle, Saumurois);
        await DecisionAsync(A, StatutDecision.Validee, debut.AddMinutes(-1));
        await DecisionAsync(A, StatutDecision.Validee, finDernierJour.AddMinutes(1));
        await DecisionAsync(A, StatutDecision.Proposee, debut.AddDays(10));
        await DecisionAsync(A, StatutDecision.Refusee, debut.AddDays(10));
        await DecisionAsync(OrigineOrientation.Manuelle, StatutDecision.Validee, debut.AddDays(10));
        await DecisionAsync(A, StatutDecision.Validee, debut.AddDays(10), publicSuivi: "JEUNES");

        var (_, saumurois) = await TerritoiresAsync(app);
        Assert.Equal(2m, (await CalculerAsync(app, "ORI-REORIENTATIONS", du, au)).Valeur.Valeur);
        Assert.Equal(1m, (await CalculerAsync(app, "ORI-REORIENTATIONS", du, au, territoires: [saumurois])).Valeur.Valeur);
        var automatiques = await CalculerAsync(app, "ORI-ORIENTATIONS-AUTOMATIQUES", du, au, Ventilation.TypeOrientation);
        Assert.Equal(2m, automatiques.Valeur.Valeur);
        Assert.Equal(new Dictionary<int, decimal?> { [(int)TypeOrientation.Sociale] = 1m, [(int)TypeOrientation.Professionnelle] = 1m }, automatiques.ParCle);
        Assert.Equal(new[] { a1, a5 }.Order(), automatiques.Personnes);
        Assert.Equal(1m, (await CalculerAsync(app, "ORI-ORIENTATIONS-AUTOMATIQUES", du, au, territoires: [saumurois])).Valeur.Valeur);
    }

    [Fact]
    public async Task Delai_d_orientation_est_la_moyenne_en_jours_sur_les_parcours_orientes_dans_la_periode()
    {
        var (du, au) = (J(2008, 4, 1), J(2008, 6, 30));
        await ParcoursAsync(J(2008, 3, 2), du);                                   // 30 days
        await ParcoursAsync(J(2008, 6, 20), au);                                  // 10 days
        await ParcoursAsync(J(2008, 4, 1), J(2008, 5, 21), territoire: Saumurois); // 50 days
        await ParcoursAsync(J(2007, 12, 1), du.AddDays(-1));
        await ParcoursAsync(J(2008, 6, 1), au.AddDays(1));
        await ParcoursAsync(J(2008, 1, 1), J(2008, 5, 1), p => p.Public = "JEUNES");

        var delai = await CalculerAsync(app, "ORI-DELAI-ORIENTATION", du, au);
        Assert.Equal((30m, 3), (delai.Valeur.Valeur!.Value, delai.Valeur.Numerateur!.Value));
        var (_, saumurois) = await TerritoiresAsync(app);
        var parSaumurois = (await CalculerAsync(app, "ORI-DELAI-ORIENTATION", du, au, territoires: [saumurois])).Valeur;
        Assert.Equal((50m, 1), (parSaumurois.Valeur!.Value, parSaumurois.Numerateur!.Value));
    }
}
