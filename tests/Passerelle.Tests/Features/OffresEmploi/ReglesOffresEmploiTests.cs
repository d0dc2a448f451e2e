using Passerelle.Web.Features.OffresEmploi;

namespace Passerelle.Tests.Features.OffresEmploi;

/// <summary>The field rules of offers and steps, and both state machines transition by transition, without the application.</summary>
public sealed class ReglesOffresEmploiTests
{
    private static readonly DateOnly Jour = new(2026, 3, 10);

    [Theory]
    [InlineData("k1302", "K1302")]
    [InlineData(" N4101 ", "N4101")]
    [InlineData("K130", null)]
    [InlineData("11302", null)]
    [InlineData("KK302", null)]
    [InlineData("K13025", null)]
    public void Code_rome_est_une_lettre_et_quatre_chiffres_mis_en_majuscule(string saisie, string? attendu) => Assert.Equal(attendu, ReglesOffre.Rome(saisie));

    [Fact]
    public void Offre_refusee_dit_la_raison_de_chaque_champ()
    {
        var (lue, erreurs) = ReglesOffre.Lire(new SaisieOffre(null, " ", "K13", TypeContratOffre.Cdi, 12, 49, "Paris", 0, Jour, Jour.AddDays(-1)), Jour,
            _ => (null, "Aucune commune « Paris » dans le département."));
        Assert.Null(lue);
        Assert.Equal(["CodeRome", "Commune", "DateLimite", "DureeMois", "EmployeurId", "HeuresHebdomadaires", "Intitule", "NombrePostes"], erreurs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Le code ROME « K13 » n'a pas la forme attendue : une lettre et quatre chiffres, p. ex. K1302.", erreurs["CodeRome"]);
        Assert.Equal("Un CDI n'a pas de durée : laissez la durée vide.", erreurs["DureeMois"]);
        Assert.Equal("Les heures hebdomadaires vont de 1 à 48 (durée maximale du travail).", erreurs["HeuresHebdomadaires"]);
    }

    [Fact]
    public void Offre_valide_est_normalisee_et_publiee_aujourd_hui_par_defaut()
    {
        var (lue, erreurs) = ReglesOffre.Lire(new SaisieOffre(3, " Aide à domicile ", "k1302", TypeContratOffre.Cdd, 6, 24, "Angers", null, null, null), Jour, _ => ("49007", null));
        Assert.Empty(erreurs);
        Assert.Equal(new OffreLue(3, "Aide à domicile", "K1302", TypeContratOffre.Cdd, 6, 24, "49007", 1, Jour, null), lue);
    }

    [Theory]
    [InlineData(TypeContratOffre.Cdi, null, false, true)]
    [InlineData(TypeContratOffre.Cdi, 6, false, false)]
    [InlineData(TypeContratOffre.Cdd, null, false, false)]
    [InlineData(TypeContratOffre.Interim, null, false, false)]
    [InlineData(TypeContratOffre.ContratAide, null, false, false)]
    [InlineData(TypeContratOffre.CddiIae, null, false, false)]
    [InlineData(TypeContratOffre.Alternance, null, false, true)]
    [InlineData(TypeContratOffre.Alternance, null, true, false)]
    [InlineData(TypeContratOffre.Cdd, 61, false, false)]
    [InlineData(TypeContratOffre.Cdd, 60, true, true)]
    public void Duree_suit_le_type_de_contrat(TypeContratOffre type, int? duree, bool embauche, bool acceptee) =>
        Assert.Equal(acceptee, ReglesOffre.Duree(type, duree, embauche) is null);

    [Fact]
    public void Embauche_datee_avant_la_mise_en_relation_est_refusee_en_nommant_la_date_de_debut()
    {
        var erreurs = ReglesMiseEnRelation.Verifier(new SaisieEtape(StatutMiseEnRelation.Embauchee, null, TypeContratOffre.Cdi, Jour.AddDays(-1), null, null, null), Jour);
        Assert.Equal("La date de début du contrat (09/03/2026) ne peut précéder la mise en relation du 10/03/2026 : vérifiez la date de début.", Assert.Single(erreurs).Value);
        Assert.Equal("DateDebut", erreurs.Keys.Single());
        Assert.Empty(ReglesMiseEnRelation.Verifier(new SaisieEtape(StatutMiseEnRelation.Embauchee, null, TypeContratOffre.Cdi, Jour, null, null, null), Jour));
    }

    [Fact]
    public void Entretien_et_non_retenue_exigent_leur_date_et_leur_motif()
    {
        Assert.Equal("La date de l'entretien ne peut précéder la mise en relation du 10/03/2026.",
            ReglesMiseEnRelation.Verifier(new SaisieEtape(StatutMiseEnRelation.Entretien, Jour.AddDays(-3), null, null, null, null, null), Jour)["DateEntretien"]);
        Assert.Equal("Choisissez le motif pour lequel la personne n'a pas été retenue.",
            ReglesMiseEnRelation.Verifier(new SaisieEtape(StatutMiseEnRelation.NonRetenue, null, null, null, null, null, null), Jour)["Motif"]);
        Assert.Equal("Indiquez la durée du contrat en mois (un contrat CDD en a une).",
            ReglesMiseEnRelation.Verifier(new SaisieEtape(StatutMiseEnRelation.Embauchee, null, TypeContratOffre.Cdd, Jour, null, null, null), Jour)["DureeMois"]);
    }

    public static readonly TheoryData<StatutMiseEnRelation, StatutMiseEnRelation> Permises = new()
    {
        { StatutMiseEnRelation.Proposee, StatutMiseEnRelation.Acceptee },
        { StatutMiseEnRelation.Proposee, StatutMiseEnRelation.Refusee },
        { StatutMiseEnRelation.Acceptee, StatutMiseEnRelation.Entretien },
        { StatutMiseEnRelation.Entretien, StatutMiseEnRelation.Embauchee },
        { StatutMiseEnRelation.Entretien, StatutMiseEnRelation.NonRetenue },
    };

    [Fact]
    public void Machine_des_mises_en_relation_ne_permet_que_ses_cinq_transitions()
    {
        var permises = Permises.Select(p => ((StatutMiseEnRelation)p[0], (StatutMiseEnRelation)p[1])).ToHashSet();
        foreach (var depuis in Enum.GetValues<StatutMiseEnRelation>())
            foreach (var vers in Enum.GetValues<StatutMiseEnRelation>())
                Assert.True(permises.Contains((depuis, vers)) == TransitionsMiseEnRelation.EstPermise(depuis, vers), $"{depuis} → {vers}");
        Assert.Equal([StatutMiseEnRelation.Refusee, StatutMiseEnRelation.Embauchee, StatutMiseEnRelation.NonRetenue],
            Enum.GetValues<StatutMiseEnRelation>().Where(TransitionsMiseEnRelation.EstTerminee));
        Assert.Equal("Cette mise en relation est terminée (« Embauchée ») : elle ne change plus.",
            TransitionsMiseEnRelation.Refus(StatutMiseEnRelation.Embauchee, StatutMiseEnRelation.NonRetenue));
        Assert.Equal("Une mise en relation « Proposée » ne peut pas passer à « Embauchée » : étape suivante possible : « Candidature retenue par l'employeur » ou « Candidature refusée par l'employeur ».",
            TransitionsMiseEnRelation.Refus(StatutMiseEnRelation.Proposee, StatutMiseEnRelation.Embauchee));
    }

    [Theory]
    [InlineData(StatutOffre.Ouverte, StatutOffre.Pourvue, true)]
    [InlineData(StatutOffre.Ouverte, StatutOffre.Close, true)]
    [InlineData(StatutOffre.Pourvue, StatutOffre.Ouverte, false)]
    [InlineData(StatutOffre.Close, StatutOffre.Pourvue, false)]
    [InlineData(StatutOffre.Ouverte, StatutOffre.Ouverte, false)]
    public void Offre_ouverte_seule_se_pourvoit_ou_se_clot(StatutOffre depuis, StatutOffre vers, bool permise) =>
        Assert.Equal(permise, TransitionsOffre.EstPermise(depuis, vers));

    [Theory]
    [InlineData(TypeContratOffre.Cdi, null, true)]
    [InlineData(TypeContratOffre.Cdd, 6, true)]
    [InlineData(TypeContratOffre.Cdd, 5, false)]
    [InlineData(TypeContratOffre.Interim, 1, false)]
    public void Embauche_durable_est_un_cdi_ou_six_mois_et_plus(TypeContratOffre type, int? duree, bool durable) =>
        Assert.Equal(durable, IndicateursOffresEmploi.EstDurable(type, duree));
}
