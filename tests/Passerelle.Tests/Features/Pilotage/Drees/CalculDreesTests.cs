using Passerelle.Web.Features.Contrats;
using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Features.Pilotage.Drees;
using C = Passerelle.Web.Features.Pilotage.Drees.CategorieDrees;

namespace Passerelle.Tests.Features.Pilotage.Drees;

/// <summary>
/// The DREES tables of 2024 on a hand-built dataset with known answers (docs/indicators.md, « Enquête DREES OARSA »): an entrant
/// oriented to France Travail with a PPAE (1), a person of unknown sex and birth date with a CER of exactly one year (2), a
/// re-entrant reoriented from a CCAS to a mission locale (4), a crossing SPE → hors SPE then a change within hors SPE (5), an
/// untagged structure (6), a closed parcours (7), a CER older than the orientation (8), a CER of five months (9), an entrant
/// not oriented without foyer (10).
/// </summary>
public sealed class CalculDreesTests
{
    private static readonly DateOnly Demande = new(2015, 1, 1);

    private static OrientationDrees O(int id, int personne, string date, C? categorie, int structure, int parcours = 0, string? cloture = null) =>
        new(id, personne, parcours == 0 ? personne : parcours, DateOnly.Parse(date), categorie, structure, cloture is null ? null : DateOnly.Parse(cloture));

    private static ContratDrees Cer(int personne, string debut, string fin, string? signe = null, RangContrat rang = RangContrat.Premier, params string[] themes) =>
        new(personne, personne, TypeContrat.Cer, rang, DateOnly.Parse(debut), DateOnly.Parse(fin), signe is null ? null : DateOnly.Parse(signe), TypesActionDrees.DuContrat(themes, false));

    public static ResultatDrees Resultat()
    {
        PersonneSdd P(int id, string sexe, string naissance = "1980-01-01") => new(id, 100 + id, DateOnly.Parse(naissance), sexe);
        var foyers = Enumerable.Range(1, 9).ToDictionary(i => 100 + i, i => new FoyerDrees(100 + i, i, i == 2, i == 2, Demande));
        var donnees = new DonneesDrees(
            [P(1, "2", "1990-06-01"), P(2, "", "0001-01-01"), P(4, "1"), P(5, "2"), P(6, "1"), P(7, "1"), P(8, "1"), P(9, "1"), P(10, "1")],
            new Dictionary<int, DateOnly> { [1] = new(2024, 3, 1), [4] = new(2024, 6, 15), [5] = new(2019, 1, 1), [6] = new(2023, 1, 1), [7] = new(2023, 1, 1), [8] = new(2023, 1, 1), [9] = new(2023, 1, 1), [10] = new(2024, 5, 1) },
            foyers,
            new Dictionary<int, NiveauFormation?> { [1] = NiveauFormation.Niveau4 },
            [
                O(1, 1, "2024-04-01", C.FranceTravail, 1),
                O(2, 2, "2023-05-01", C.ServiceDepartement, 2),
                O(3, 4, "2022-03-01", C.CcasCias, 3), O(4, 4, "2024-07-15", C.MissionLocale, 4),
                O(5, 5, "2023-01-10", C.FranceTravail, 1), O(6, 5, "2024-03-01", C.ServiceDepartement, 2), O(7, 5, "2024-09-01", C.CcasCias, 3),
                O(8, 6, "2024-02-01", null, 5),
                O(9, 7, "2024-02-01", C.ServiceDepartement, 2, cloture: "2024-11-30"),
                O(10, 8, "2024-05-01", C.ServiceDepartement, 2),
                O(11, 9, "2024-05-01", C.ServiceDepartement, 2),
            ],
            [
                new(1, 1, TypeContrat.Ppae, RangContrat.Premier, new(2024, 5, 1), new(2025, 4, 30), null, new HashSet<TypeActionDrees>()),
                Cer(2, "2024-01-01", "2024-12-31", rang: RangContrat.Renouvellement, themes: ["Logement", "Mobilité", "logement", "Truc"]),
                Cer(4, "2024-08-01", "2025-01-31", "2024-07-25", themes: ["Emploi"]),
                Cer(6, "2024-10-01", "2025-03-31"),
                Cer(8, "2024-03-01", "2025-02-28"),
                Cer(9, "2024-08-01", "2024-12-31", themes: ["Formation"]),
            ]);
        return CalculDrees.Calculer(2024, donnees);
    }

    private static IReadOnlyList<long?> Total(ResultatDrees r, string tableau, int bloc = 0) => r.Tableaux.Single(t => t.Numero == tableau).Blocs[bloc].Lignes[^1].Valeurs;

    private static IReadOnlyList<long?> Ligne(ResultatDrees r, string tableau, int bloc, string libelle) =>
        r.Tableaux.Single(t => t.Numero == tableau).Blocs[bloc].Lignes.Single(l => l.Libelle == libelle).Valeurs;

    [Fact]
    public void Tableau_1_oriente_seulement_avec_un_parcours_ouvert_et_une_structure_sans_categorie_dans_aucune_sous_colonne()
    {
        var r = Resultat();
        Assert.Equal(new long?[] { 9, 2, 7, 1, 6, 1, 0, 0, 0, 0, 3, 0, 0, 1, 0 }, Total(r, "1"));
        foreach (var bloc in Enumerable.Range(0, 5)) Assert.Equal(Total(r, "1"), Total(r, "1", bloc));
    }

    [Fact]
    public void Tableau_2_colonne_A_exige_le_ppae_et_colonne_B_un_cer_de_l_orientation_en_cours()
    {
        Assert.Equal(new long?[] { 1, 4, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0 }, Total(Resultat(), "2"));
    }

    [Fact]
    public void Tableau_3_un_cer_d_un_an_exactement_compte_dans_un_an_ou_plus()
    {
        Assert.Equal(new long?[] { 4, 1, 2, 1 }, Total(Resultat(), "3"));
    }

    [Fact]
    public void Tableau_4_compte_un_type_une_fois_par_cer_et_un_theme_inconnu_en_autre()
    {
        var t = Total(Resultat(), "4");
        Assert.Equal(4, t[0]);
        Assert.Equal(1, t[1 + (int)TypeActionDrees.Logement]);
        Assert.Equal(1, t[1 + (int)TypeActionDrees.Mobilite]);
        Assert.Equal(1, t[1 + (int)TypeActionDrees.Autre]);
        Assert.Equal(1, t[1 + (int)TypeActionDrees.RechercheEmploi]);
        Assert.Equal(1, t[1 + (int)TypeActionDrees.Competences]);
        Assert.Equal(5, t.Skip(1).Sum());
    }

    [Fact]
    public void Tableau_5_primo_orientation_depuis_la_derniere_entree_et_delai_jusqu_a_la_signature()
    {
        Assert.Equal(new long?[] { 3, 2, 1, 1, 31, 10 }, Total(Resultat(), "5"));
    }

    [Fact]
    public void Tableau_6_compte_la_derniere_traversee_meme_suivie_d_un_changement_sans_traversee()
    {
        var r = Resultat();
        Assert.Equal(new long?[] { 2, 1, 1 }, Total(r, "6"));
        Assert.Equal(new long?[] { 1, 0, 1 }, Ligne(r, "6", 1, "Hommes"));
        Assert.Equal(new long?[] { 1, 1, 0 }, Ligne(r, "6", 1, "Femmes"));
    }

    [Fact]
    public void Ventilations_mettent_les_inconnus_dans_leur_ligne()
    {
        var r = Resultat();
        Assert.Equal(1, Ligne(r, "1", 0, "Âge inconnu")[0]);
        Assert.Equal(1, Ligne(r, "1", 0, "30 à 39 ans")[0]);
        Assert.Equal((2, 6, 1), (Ligne(r, "1", 1, "Femmes")[0], Ligne(r, "1", 1, "Hommes")[0], Ligne(r, "1", 1, "Sexe inconnu")[0]));
        Assert.Equal((1, 1), (Ligne(r, "1", 2, "En couple avec enfant(s)")[0], Ligne(r, "1", 2, "Situation inconnue")[0]));
        Assert.Equal(0, Ligne(r, "1", 3, "Ancienneté inconnue")[0]);
        Assert.Equal(2, Ligne(r, "1", 3, "5 ans ou plus")[0]);
        Assert.Equal((1, 8), (Ligne(r, "1", 4, "Niveau IV (4)")[0], Ligne(r, "1", 4, "Niveau inconnu")[0]));
    }

    [Theory]
    [InlineData("2024-01-01", "2024-06-30", 1)]
    [InlineData("2024-01-01", "2024-06-29", 0)]
    [InlineData("2024-03-01", "2025-02-28", 2)]
    [InlineData("2024-03-01", "2025-02-27", 1)]
    public void Duree_ecrite_compte_les_jours(string debut, string fin, int tranche) =>
        Assert.Equal(tranche, CalculDrees.TrancheDuree(Cer(1, debut, fin)));
}
