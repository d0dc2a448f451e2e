using Passerelle.Tests.Support;
using Passerelle.Web.Features.Pilotage.Catalogue;
using Passerelle.Web.Features.Prescriptions;
using static Passerelle.Tests.Features.Pilotage.Catalogue.CatalogueDeTest;
using static Passerelle.Tests.Features.Prescriptions.Indicateurs.OffreDeTest;

namespace Passerelle.Tests.Features.Pilotage.Catalogue;

/// <summary>
/// The catalogue's indicators on prescriptions (PRE-…), on rows built by hand each in a year of its own that no other row of
/// this fixture reaches, every row one day (or one minute, legal time) on either side of a boundary of the period.
/// </summary>
public sealed class CalculsActionsTests(Application app) : IClassFixture<Application>
{
    private static DateOnly J(int annee, int mois, int jour) => new(annee, mois, jour);

    private static DateTime Utc(int annee, int mois, int jour, int heure = 9, int minute = 0) => new(annee, mois, jour, heure, minute, 0, DateTimeKind.Utc);

    private sealed record Jeu(int Structure, int A1, int A2, int Angers, int Saumurois, int[] P);

    private async Task<Jeu> JeuAsync(int personnes)
    {
        var structure = await StructureAsync(app, "Opérateur connu");
        var (a1, a2) = (await ActionAsync(app, structure), await ActionAsync(app, structure));
        var (angers, saumurois) = await TerritoiresAsync(app);
        var p = new int[personnes];
        for (var i = 0; i < personnes; i++) p[i] = await NouvellePersonneAsync(app);
        return new(structure, a1, a2, angers, saumurois, p);
    }

    [Fact]
    public async Task Personnes_entrees_comptent_la_date_d_entree_dans_la_periode_une_fois_par_action()
    {
        var j = await JeuAsync(8);
        var (du, au) = (J(2011, 4, 1), J(2011, 6, 30));
        Prescription Entree(int action, int personne, DateOnly? entree, bool rsa = true, int? territoire = null) =>
            Prescription(action, j.Structure, personne, Utc(2011, 1, 5), entree, territoireId: territoire ?? j.Angers, rsa: rsa);
        await AjouterAsync(app,
        [
            Entree(j.A1, j.P[0], du),                                 // first day: in
            Entree(j.A1, j.P[1], au, rsa: false, territoire: j.Saumurois), // last day, not RSA: in, out of the RSA variant
            Entree(j.A1, j.P[2], du.AddDays(-1)),                     // the day before: out
            Entree(j.A1, j.P[3], au.AddDays(1)),                      // the day after: out
            Entree(j.A1, j.P[4], null),                               // prescribed, never entered: out
            Entree(j.A1, j.P[5], J(2011, 4, 10)),                     // twice in the same action: once…
            Entree(j.A1, j.P[5], J(2011, 5, 10)),
            Entree(j.A2, j.P[5], J(2011, 5, 20)),                     // …and once more in another action
            Entree(j.A1, j.P[6], J(2011, 2, 1)),                      // entered in the previous period too: still counted
            Entree(j.A1, j.P[6], J(2011, 5, 1)),
            Entree(j.A2, j.P[7], J(2011, 4, 15), rsa: false),         // not RSA at the first entry, RSA at the second
            Entree(j.A2, j.P[7], J(2011, 5, 15)),
        ]);

        var toutes = await CalculerAsync(app, "PRE-PERSONNES-ENTREES", du, au, Ventilation.Territoire);
        Assert.Equal(6m, toutes.Valeur.Valeur);
        Assert.Equal(new Dictionary<string, decimal?> { [Dossiers.DonneesDossiers.Angers] = 5m, [Dossiers.DonneesDossiers.Saumurois] = 1m }, toutes.Lignes);
        Assert.Equal(new[] { j.P[0], j.P[1], j.P[5], j.P[5], j.P[6], j.P[7] }.Order(), toutes.Personnes);
        var parAction = await CalculerAsync(app, "PRE-PERSONNES-ENTREES", du, au, Ventilation.Action);
        Assert.Equal(new Dictionary<int, decimal?> { [j.A1] = 4m, [j.A2] = 2m }, parAction.ParCle);
        Assert.Equal(1m, (await CalculerAsync(app, "PRE-PERSONNES-ENTREES", du, au, territoires: [j.Saumurois])).Valeur.Valeur);
        // Person 7 counts as RSA in the total too: its RSA row is the RSA indicator (5), the other row person 1 alone.
        Assert.Equal(new Dictionary<int, decimal?> { [1] = 5m, [0] = 1m }, (await CalculerAsync(app, "PRE-PERSONNES-ENTREES", du, au, Ventilation.Rsa)).ParCle);

        var rsa = await CalculerAsync(app, "PRE-PERSONNES-ENTREES-RSA", du, au, Ventilation.Action);
        Assert.Equal(5m, rsa.Valeur.Valeur);
        Assert.Equal(new Dictionary<int, decimal?> { [j.A1] = 3m, [j.A2] = 2m }, rsa.ParCle);
        Assert.Equal(new[] { j.P[0], j.P[5], j.P[5], j.P[6], j.P[7] }.Order(), rsa.Personnes);
        Assert.Equal(0m, (await CalculerAsync(app, "PRE-PERSONNES-ENTREES-RSA", du, au, territoires: [j.Saumurois])).Valeur.Valeur);
    }

    [Fact]
    public async Task Prescriptions_comptent_chaque_prescription_faite_dans_la_periode_en_heure_legale()
    {
        var j = await JeuAsync(5);
        var (du, au) = (J(2010, 4, 1), J(2010, 6, 30));
        await AjouterAsync(app,
        [
            Prescription(j.A1, j.Structure, j.P[0], Utc(2010, 3, 31, 22, 0), territoireId: j.Angers),      // 1 April 00:00 in Paris (summer time): in
            Prescription(j.A1, j.Structure, j.P[1], Utc(2010, 3, 31, 21, 59), territoireId: j.Angers),     // 31 March 23:59 in Paris: out
            Prescription(j.A2, j.Structure, j.P[2], Utc(2010, 6, 30, 21, 59), territoireId: j.Saumurois, rsa: false), // 30 June 23:59 in Paris: in
            Prescription(j.A2, j.Structure, j.P[3], Utc(2010, 6, 30, 22, 0), territoireId: j.Saumurois),   // 1 July 00:00 in Paris: out
            Prescription(j.A1, j.Structure, j.P[4], Utc(2010, 5, 3), territoireId: j.Angers, statut: StatutPrescription.Refusee), // refused: counted all the same
            Prescription(j.A2, j.Structure, j.P[4], Utc(2010, 5, 4), territoireId: j.Angers),               // the same person again: counted again
        ]);
        var prescriptions = await CalculerAsync(app, "PRE-PRESCRIPTIONS", du, au, Ventilation.Territoire);
        Assert.Equal(4m, prescriptions.Valeur.Valeur);
        Assert.Equal(new Dictionary<string, decimal?> { [Dossiers.DonneesDossiers.Angers] = 3m, [Dossiers.DonneesDossiers.Saumurois] = 1m }, prescriptions.Lignes);
        Assert.Equal(new[] { j.P[0], j.P[2], j.P[4], j.P[4] }.Order(), prescriptions.Personnes);
        Assert.Equal(new Dictionary<string, decimal?> { ["bénéficiaires du RSA"] = 3m, ["hors RSA"] = 1m },
            (await CalculerAsync(app, "PRE-PRESCRIPTIONS", du, au, Ventilation.Rsa)).Lignes);
    }

    [Fact]
    public async Task Sorties_en_emploi_durable_comptent_la_date_de_sortie_dans_la_periode_et_ce_seul_type()
    {
        var j = await JeuAsync(6);
        var (du, au) = (J(2009, 4, 1), J(2009, 6, 30));
        Prescription Sortie(int action, int personne, DateOnly sortie, TypeSortieAction type, int territoire, bool rsa = true) =>
            Prescription(action, j.Structure, personne, Utc(2009, 1, 5), J(2009, 1, 20), sortie, type, territoire, rsa);
        await AjouterAsync(app,
        [
            Sortie(j.A1, j.P[0], du, TypeSortieAction.EmploiDurable, j.Angers),                   // first day: in
            Sortie(j.A2, j.P[1], au, TypeSortieAction.EmploiDurable, j.Saumurois, rsa: false),    // last day: in
            Sortie(j.A1, j.P[2], du.AddDays(-1), TypeSortieAction.EmploiDurable, j.Angers),       // the day before: out
            Sortie(j.A1, j.P[3], au.AddDays(1), TypeSortieAction.EmploiDurable, j.Angers),        // the day after: out
            Sortie(j.A1, j.P[4], J(2009, 5, 1), TypeSortieAction.EmploiTransition, j.Angers),     // another exit: out
            Sortie(j.A1, j.P[5], J(2009, 5, 2), TypeSortieAction.Abandon, j.Angers),
            Prescription(j.A1, j.Structure, j.P[5], Utc(2009, 5, 3), J(2009, 5, 5)),              // entered, not exited: out
        ]);
        var sorties = await CalculerAsync(app, "PRE-SORTIES-EMPLOI-DURABLE", du, au, Ventilation.Territoire);
        Assert.Equal(2m, sorties.Valeur.Valeur);
        Assert.Equal(new Dictionary<string, decimal?> { [Dossiers.DonneesDossiers.Angers] = 1m, [Dossiers.DonneesDossiers.Saumurois] = 1m }, sorties.Lignes);
        Assert.Equal(new[] { j.P[0], j.P[1] }.Order(), sorties.Personnes);
        Assert.Equal(new Dictionary<int, decimal?> { [j.A1] = 1m, [j.A2] = 1m }, (await CalculerAsync(app, "PRE-SORTIES-EMPLOI-DURABLE", du, au, Ventilation.Action)).ParCle);
    }
}
