using Passerelle.Web.Features.Orientation;

namespace Passerelle.Tests.Features.Orientation;

public sealed class ReglesOrientationTests
{
    [Theory]
    [InlineData("2025-01-31", "1 mois", "2025-02-28")]
    [InlineData("2024-01-31", "1 mois", "2024-02-29")]
    [InlineData("2025-03-01", "6 semaines", "2025-04-12")]
    [InlineData("2025-03-01", "15 jours", "2025-03-16")]
    [InlineData("2025-03-01", "2 m", "2025-05-01")]
    public void Un_delai_compte_en_jours_semaines_ou_mois_calendaires(string depart, string delai, string echeance) =>
        Assert.Equal(DateOnly.Parse(echeance, System.Globalization.CultureInfo.InvariantCulture),
            Delai.Parse(delai).Ajouter(DateOnly.Parse(depart, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("")]
    [InlineData("6")]
    [InlineData("six semaines")]
    [InlineData("0 jours")]
    [InlineData("3 années")]
    public void Un_delai_illisible_est_refuse(string texte)
    {
        Assert.False(Delai.TryParse(texte, out _));
        Assert.Contains("Délai illisible", Assert.Throws<FormatException>(() => Delai.Parse(texte)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Le_delai_s_ecrit_comme_il_se_relit()
    {
        foreach (var texte in new[] { "1 jour", "15 jours", "1 semaine", "6 semaines", "1 mois" })
            Assert.Equal(texte, Delai.Parse(texte).ToString());
    }

    [Theory]
    [InlineData("2018-06-01", ReglesNationales.CodeStrategiePauvrete)]
    [InlineData("2019-01-01", ReglesNationales.CodeStrategiePauvrete)]
    [InlineData("2024-12-31", ReglesNationales.CodeStrategiePauvrete)]
    [InlineData("2025-01-01", ReglesNationales.CodeDecret2025)]
    [InlineData("2026-11-29", ReglesNationales.CodeDecret2025)]
    public void La_regle_nationale_est_celle_en_vigueur_a_l_entree(string entree, string code) =>
        Assert.Equal(code, ReglesNationales.EnVigueur(DateOnly.Parse(entree, System.Globalization.CultureInfo.InvariantCulture)).Code);

    [Fact]
    public void Les_echeances_viennent_de_la_regle_et_la_prochaine_est_la_plus_proche_restante()
    {
        var regles = ReglesNationales.EnVigueur(new DateOnly(2025, 3, 3));
        var parcours = new Parcours { CodeRegles = regles.Code, DateEntree = new DateOnly(2025, 3, 3), Etape = EtapeParcours.AInviter };
        parcours.CalculerEcheances(regles);
        Assert.Equal(new DateOnly(2025, 4, 14), parcours.EcheanceOrientation);
        Assert.Equal((new DateOnly(2025, 4, 14), TypeEcheance.Orientation), (parcours.EcheanceProchaine!.Value, parcours.TypeEcheanceProchaine!.Value));
        Assert.Null(parcours.EcheanceContrat);

        (parcours.DateOrientation, parcours.Etape) = (new DateOnly(2025, 4, 1), EtapeParcours.SansReferent);
        parcours.CalculerEcheances(regles);
        Assert.Equal(new DateOnly(2025, 4, 29), parcours.EcheancePremierRdv);
        Assert.Equal(new DateOnly(2025, 4, 29), parcours.EcheanceContrat);
        Assert.Equal(TypeEcheance.PremierRdv, parcours.TypeEcheanceProchaine);

        parcours.DatePremierRdvReferent = new DateOnly(2025, 4, 10);
        parcours.CalculerEcheances(regles);
        Assert.Equal(TypeEcheance.Contrat, parcours.TypeEcheanceProchaine);

        parcours.Etape = EtapeParcours.Clos;
        parcours.CalculerEcheances(regles);
        Assert.Null(parcours.EcheanceProchaine);
    }

    [Fact]
    public void Les_regles_de_2019_donnent_un_mois_et_quinze_jours()
    {
        var regles = ReglesNationales.EnVigueur(new DateOnly(2020, 1, 15));
        var parcours = new Parcours { CodeRegles = regles.Code, DateEntree = new DateOnly(2020, 1, 15), DateOrientation = new DateOnly(2020, 2, 10), Etape = EtapeParcours.SansReferent };
        parcours.CalculerEcheances(regles);
        Assert.Equal(new DateOnly(2020, 2, 15), parcours.EcheanceOrientation);
        Assert.Equal(new DateOnly(2020, 2, 25), parcours.EcheancePremierRdv);
    }

    [Theory]
    [InlineData(24, false, null, TypeOrientation.Professionnelle)]
    [InlineData(35, true, 2, TypeOrientation.Sociale)]
    [InlineData(35, true, 5, TypeOrientation.SocioProfessionnelle)]
    [InlineData(50, false, null, TypeOrientation.SocioProfessionnelle)]
    public void Les_criteres_nationaux_pre_orientent_le_premier_qui_s_applique(int age, bool parentIsole, int? enfant, TypeOrientation attendu) =>
        Assert.Equal(attendu, CriteresPreOrientation.Evaluer(ReglesNationales.Tous[1].Criteres, new ProfilPreOrientation(age, parentIsole, enfant))!.Type);

    [Fact]
    public void Sans_critere_par_defaut_aucune_pre_orientation_ne_s_impose() =>
        Assert.Null(CriteresPreOrientation.Evaluer("age>=60 => sociale", new ProfilPreOrientation(40, false, null)));

    [Fact]
    public void Une_ligne_de_critere_fausse_est_nommee()
    {
        var (criteres, erreurs) = CriteresPreOrientation.Lire("age<26 => professionnelle\nage<vingt => sociale\nparent-isole => emploi");
        Assert.Single(criteres);
        Assert.Equal(2, erreurs.Count);
        Assert.StartsWith("Ligne 2 : « age<vingt => sociale »", erreurs[0], StringComparison.Ordinal);
        Assert.StartsWith("Ligne 3", erreurs[1], StringComparison.Ordinal);
    }
}
