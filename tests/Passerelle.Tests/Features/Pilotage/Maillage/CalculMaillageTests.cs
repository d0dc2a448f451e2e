using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Pilotage.Maillage;

namespace Passerelle.Tests.Features.Pilotage.Maillage;

/// <summary>
/// The maillage on a hand-built dataset (docs/indicators.md, « Maillage territorial »): territoires Nord (1) and Sud (2), themes
/// mobilité, logement, numérique. Nord: a person with mobilité important and logement léger, one with mobilité léger, one without
/// frein; Sud: one with mobilité important. Actions: a permis preparation for Nord (8 places), a garage for the whole département
/// (3 places, mobilité), a housing action for Nord and Sud (4 places), an employment action (no theme of the three).
/// </summary>
public sealed class CalculMaillageTests
{
    private static Frein F(ThemeFrein t, NiveauFrein n) => new(t, n, null);

    private static TableauMaillage Calculer(params int[] territoires) => CalculMaillage.Calculer(2025, new(2025, 12, 31),
        [.. new[] { new TerritoireMaillage(1, "Nord"), new TerritoireMaillage(2, "Sud") }.Where(t => territoires.Length == 0 || territoires.Contains(t.Id))],
        [
            new(10, 1, [F(ThemeFrein.Mobilite, NiveauFrein.Important), F(ThemeFrein.Logement, NiveauFrein.Leger)]),
            new(11, 1, [F(ThemeFrein.Mobilite, NiveauFrein.Leger), F(ThemeFrein.Numerique, NiveauFrein.Aucun)]),
            new(12, 1, []),
            new(20, 2, [F(ThemeFrein.Mobilite, NiveauFrein.Important)]),
        ],
        [
            new(100, [1], ["mobilite--preparer-un-permis"], 8),
            new(101, [], ["mobilite--entretenir-reparer-son-vehicule"], 3),
            new(102, [1, 2], ["logement-hebergement--louer-un-logement", "logement-hebergement--changer-de-logement"], 4),
            new(103, [2], ["trouver-un-emploi--repondre-a-des-offres-demploi"], 50),
        ]);

    [Fact]
    public void Personnes_comptent_chaque_frein_leger_ou_important_et_les_importants_a_part()
    {
        var t = Calculer();
        Assert.Equal((2, 1, 1), (t.Cellule(1, ThemeFrein.Mobilite).Personnes, t.Cellule(1, ThemeFrein.Mobilite).Importants, t.Cellule(1, ThemeFrein.Mobilite).Legers));
        Assert.Equal((1, 0), (t.Cellule(1, ThemeFrein.Logement).Personnes, t.Cellule(1, ThemeFrein.Logement).Importants));
        Assert.Equal(0, t.Cellule(1, ThemeFrein.Numerique).Personnes);
        Assert.Equal((3, 2), (t.Total(ThemeFrein.Mobilite).Personnes, t.Total(ThemeFrein.Mobilite).Importants));
    }

    [Fact]
    public void Places_d_une_action_comptent_dans_chaque_territoire_servi_et_une_fois_pour_l_ensemble()
    {
        var t = Calculer();
        Assert.Equal(11, t.Cellule(1, ThemeFrein.Mobilite).Places);
        Assert.Equal(3, t.Cellule(2, ThemeFrein.Mobilite).Places);
        Assert.Equal(11, t.Total(ThemeFrein.Mobilite).Places);
        Assert.Equal((4, 4, 4), (t.Cellule(1, ThemeFrein.Logement).Places, t.Cellule(2, ThemeFrein.Logement).Places, t.Total(ThemeFrein.Logement).Places));
        Assert.Equal(0, t.Total(ThemeFrein.Numerique).Places);
    }

    [Fact]
    public void Taux_et_ecart_se_lisent_sur_les_personnes_et_les_places()
    {
        var t = Calculer();
        Assert.Equal((550m, -9), (t.Cellule(1, ThemeFrein.Mobilite).Taux, t.Cellule(1, ThemeFrein.Mobilite).Ecart));
        Assert.Equal((300m, -2), (t.Cellule(2, ThemeFrein.Mobilite).Taux, t.Cellule(2, ThemeFrein.Mobilite).Ecart));
        Assert.Null(t.Cellule(1, ThemeFrein.Numerique).Taux);
        Assert.Equal(366.7m, t.Total(ThemeFrein.Mobilite).Taux);
    }

    [Fact]
    public void Perimetre_d_un_territoire_ne_compte_ni_les_personnes_ni_les_actions_des_autres()
    {
        var t = Calculer(2);
        Assert.Equal([2], t.Territoires.Select(x => x.Id));
        Assert.Equal((1, 3), (t.Total(ThemeFrein.Mobilite).Personnes, t.Total(ThemeFrein.Mobilite).Places));
        Assert.Equal(4, t.Total(ThemeFrein.Logement).Places);
    }

    [Fact]
    public void Correspondance_couvre_chaque_theme_par_des_categories_du_vocabulaire()
    {
        var categories = new VocabulairesDataInclusion().Freins.Select(f => f.Code).ToHashSet();
        Assert.Equal(Enum.GetValues<ThemeFrein>().Order(), CorrespondanceThemes.Categories.Keys.Order());
        Assert.All(CorrespondanceThemes.Categories.Values.SelectMany(c => c), c => Assert.Contains(c, categories));
        Assert.True(CorrespondanceThemes.Couvre(ThemeFrein.ContraintesFamiliales, "famille--garde-denfants"));
        Assert.True(CorrespondanceThemes.Couvre(ThemeFrein.Emploi, "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"));
        Assert.True(CorrespondanceThemes.Couvre(ThemeFrein.LangueSavoirsDeBase, "lecture-ecriture-calcul--maitriser-le-francais"));
        Assert.False(CorrespondanceThemes.Couvre(ThemeFrein.Sante, "remobilisation--bien-etre-confiance-en-soi"));
        Assert.False(CorrespondanceThemes.Couvre(ThemeFrein.Formation, "trouver-un-emploi--maintien-dans-lemploi"));
    }
}
