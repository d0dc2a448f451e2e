using Passerelle.Web.Features.Financements;
using Passerelle.Web.Features.Financements.Fse;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Tests.Features.Financements;

/// <summary>The rules of a funding line and the figures of an action's funding, on hand-built cases with known answers.</summary>
public sealed class ReglesFinancementTests
{
    private static string? Erreur(SaisieFinancement s) => ReglesFinancement.Lire(s).Erreur;

    private static string E(decimal montant) => LibellesProgramme.Euros(montant);

    public static readonly TheoryData<SaisieFinancement, string> Refus = new()
    {
        { new(Financeur.Departement, 1000m, 800m, 900m, 2026), $"Le montant payé ({E(900)}) dépasse le montant engagé ({E(800)})." },
        { new(Financeur.Departement, 1000m, 1200m, 0m, 2026), $"Le montant engagé ({E(1200)}) dépasse le montant voté ({E(1000)})." },
        { new(Financeur.Departement, -5m, 0m, 0m, 2026), $"Le montant voté ne peut pas être négatif ({E(-5)})." },
        { new(Financeur.Region, 100m, 0m, -1m, 2026), $"Le montant payé ne peut pas être négatif ({E(-1)})." },
        { new(Financeur.Departement, 100m, Debut: new DateOnly(2026, 6, 30), Fin: new DateOnly(2026, 1, 1)), "La fin de la période (01/01/2026) précède son début (30/06/2026)." },
        { new(Financeur.Departement, 100m), "Indiquez l'année du financement ou le début de sa période." },
        { new(Financeur.Departement, null, Annee: 2026), "Indiquez le montant voté." },
        { new(null, 100m, Annee: 2026), "Choisissez le financeur." },
        { new(Financeur.Fse, 100m, Annee: 2026, ProgrammeFse: "PN FSE+"), "Pour un financement FSE+, indiquez le code de l'opération (par exemple 202100123)." },
        { new(Financeur.Fse, 100m, Annee: 2026, OperationFse: "202100123"), "Pour un financement FSE+, indiquez le code du programme FSE+." },
        { new(Financeur.Etat, 100m, Annee: 2026), "Pour un financement de l'État, choisissez la convention (stratégie pauvreté ou pacte des solidarités)." },
        { new(Financeur.Departement, 100.555m, Annee: 2026), "Le montant voté (100,555) a plus de deux décimales : saisissez-le en euros et centimes." },
    };

    [Theory]
    [MemberData(nameof(Refus))]
    public void Ligne_hors_regle_est_refusee_avec_le_champ_en_cause(SaisieFinancement saisie, string message) => Assert.Equal(message, Erreur(saisie));

    [Fact]
    public void Ligne_d_une_annee_couvre_l_annee_civile_et_ne_garde_que_les_precisions_de_son_financeur()
    {
        var (ligne, erreur) = ReglesFinancement.Lire(new(Financeur.Departement, 1000m, 1000m, 1000m, 2026, Convention: ConventionEtat.StrategiePauvrete, OperationFse: "1"));
        Assert.Null(erreur);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), (ConventionEtat?)null, (string?)null), (ligne!.Debut, ligne.Fin, ligne.Convention, ligne.OperationFse));
    }

    [Theory]
    [InlineData("111 663,80", 111663.80)]
    [InlineData("111663.8", 111663.80)]
    [InlineData("1 000 €", 1000)]
    public void Montant_saisi_a_la_francaise_se_lit(string texte, double attendu)
    {
        Assert.True(ReglesFinancement.LireMontant(texte, out var montant));
        Assert.Equal((decimal)attendu, montant);
    }

    [Fact]
    public void Taux_de_cofinancement_et_couts_par_place_et_par_participant_sur_un_cas_construit()
    {
        MontantsLigne[] lignes =
        [
            new(Financeur.Departement, new(2026, 1, 1), new(2026, 12, 31), 30_000m, 30_000m, 15_000m),
            new(Financeur.Fse, new(2026, 1, 1), new(2026, 12, 31), 12_000m, 10_000m, 0m),
            new(Financeur.Departement, new(2026, 7, 1), new(2027, 6, 30), 18_000m, 0m, 0m),
            new(Financeur.Etat, new(2025, 1, 1), new(2025, 12, 31), 99_000m, 99_000m, 99_000m),
        ];
        PeriodePlaces[] places = [new(new(2026, 1, 1), new(2026, 12, 31), 12), new(new(2025, 1, 1), new(2025, 12, 31), 50)];
        // Person 1 entered twice in 2026 (counted once), person 3 in 2025 (outside).
        EntreeParticipant[] entrees = [new(1, new(2026, 2, 1)), new(1, new(2026, 9, 1)), new(2, new(2026, 3, 15)), new(3, new(2025, 12, 31))];

        var s = SyntheseFinancements.Calculer(lignes, places, entrees, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

        Assert.Equal((60_000m, 40_000m, 15_000m), (s.Vote, s.Engage, s.Paye));
        Assert.Equal([(Financeur.Departement, 48_000m, 0.8m), (Financeur.Fse, 12_000m, 0.2m)], s.ParFinanceur.Select(t => (t.Financeur, t.Vote, t.TauxCofinancement!.Value)));
        Assert.Equal((12, 5_000m), (s.PlacesFinancees, s.CoutParPlace!.Value));
        Assert.Equal((2, 30_000m), (s.Participants, s.CoutParParticipant!.Value));
    }

    [Fact]
    public void Sans_place_ni_participant_les_couts_ne_sont_pas_calcules()
    {
        var s = SyntheseFinancements.Calculer([new(Financeur.Caf, new(2026, 1, 1), new(2026, 12, 31), 500m, 0m, 0m)], [], [], new(2026, 1, 1), new(2026, 12, 31));
        Assert.Equal((1m, (decimal?)null, (decimal?)null), (s.ParFinanceur.Single().TauxCofinancement!.Value, s.CoutParPlace, s.CoutParParticipant));
    }

    [Theory]
    [InlineData("1996-06-02", "2026-06-01", TrancheAgeFse.MoinsDe30)]
    [InlineData("1996-06-01", "2026-06-01", TrancheAgeFse.De30a54)]
    [InlineData("1971-06-02", "2026-06-01", TrancheAgeFse.De30a54)]
    [InlineData("1971-06-01", "2026-06-01", TrancheAgeFse.DePlusDe55)]
    public void Tranche_d_age_est_celle_de_l_age_atteint_le_jour_de_l_entree(string naissance, string entree, TrancheAgeFse attendue) =>
        Assert.Equal(attendue, VocabulaireFse.TrancheA(DateOnly.Parse(naissance, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(entree, System.Globalization.CultureInfo.InvariantCulture)));
}
