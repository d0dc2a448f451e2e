using Passerelle.Web.Features.Contrats;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Tests.Features.Contrats;

/// <summary>The contract workflow and entry rules, written once (<see cref="TransitionsContrat"/>, <see cref="ControleContrat"/>).</summary>
public sealed class TransitionsContratTests
{
    private static Contrat Cer(StatutContrat statut, bool valideStructure = false, bool signe = true) => new()
    {
        Type = TypeContrat.Cer,
        Statut = statut,
        CreePar = "test",
        SigneLe = signe ? new DateOnly(2026, 1, 5) : null,
        ValideStructureLe = valideStructure ? new DateTime(2026, 1, 6, 9, 0, 0, DateTimeKind.Utc) : null,
    };

    [Theory]
    [InlineData(StatutContrat.EnAttente, ActeContrat.Valider, StatutContrat.Valide)]
    [InlineData(StatutContrat.EnAttente, ActeContrat.Refuser, StatutContrat.NonValide)]
    [InlineData(StatutContrat.EnAttente, ActeContrat.Annuler, StatutContrat.Annule)]
    [InlineData(StatutContrat.Valide, ActeContrat.Annuler, StatutContrat.Annule)]
    public void Acte_permis_donne_le_statut_suivant(StatutContrat depuis, ActeContrat acte, StatutContrat vers) =>
        Assert.Equal(vers, TransitionsContrat.Suivant(Cer(depuis), acte, validationParStructure: false).Vers);

    [Theory]
    [InlineData(StatutContrat.Valide, ActeContrat.Valider)]
    [InlineData(StatutContrat.Valide, ActeContrat.Refuser)]
    [InlineData(StatutContrat.NonValide, ActeContrat.Valider)]
    [InlineData(StatutContrat.NonValide, ActeContrat.Annuler)]
    [InlineData(StatutContrat.Annule, ActeContrat.Valider)]
    [InlineData(StatutContrat.Annule, ActeContrat.Annuler)]
    public void Acte_hors_du_circuit_est_refuse_en_francais(StatutContrat depuis, ActeContrat acte)
    {
        var (vers, refus) = TransitionsContrat.Suivant(Cer(depuis), acte, validationParStructure: false);
        Assert.Null(vers);
        Assert.Contains("impossible", refus, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_en_deux_niveaux_exige_la_structure_avant_le_departement()
    {
        Assert.Contains("responsable de la structure", TransitionsContrat.Suivant(Cer(StatutContrat.EnAttente), ActeContrat.Valider, true).Refus, StringComparison.Ordinal);
        Assert.Equal(StatutContrat.EnAttente, TransitionsContrat.Suivant(Cer(StatutContrat.EnAttente), ActeContrat.ValiderStructure, true).Vers);
        Assert.Equal(StatutContrat.Valide, TransitionsContrat.Suivant(Cer(StatutContrat.EnAttente, valideStructure: true), ActeContrat.Valider, true).Vers);
        Assert.Null(TransitionsContrat.Suivant(Cer(StatutContrat.EnAttente, valideStructure: true), ActeContrat.ValiderStructure, true).Vers);
        Assert.Null(TransitionsContrat.Suivant(Cer(StatutContrat.EnAttente), ActeContrat.ValiderStructure, false).Vers);
    }

    [Fact]
    public void Contrat_non_signe_ou_de_france_travail_ne_se_valide_pas_au_departement()
    {
        Assert.Contains("signature", TransitionsContrat.Suivant(Cer(StatutContrat.EnAttente, signe: false), ActeContrat.Valider, false).Refus, StringComparison.Ordinal);
        var ppae = new Contrat { Type = TypeContrat.Ppae, Statut = StatutContrat.EnAttente, CreePar = "test", SigneLe = new DateOnly(2026, 1, 5) };
        Assert.Null(TransitionsContrat.Suivant(ppae, ActeContrat.Valider, false).Vers);
    }

    [Theory]
    [InlineData(TypeOrientation.Sociale, ReglesNationales.CodeDecret2025, TypeContrat.Cer)]
    [InlineData(TypeOrientation.SocioProfessionnelle, ReglesNationales.CodeStrategiePauvrete, TypeContrat.Cer)]
    [InlineData(TypeOrientation.Professionnelle, ReglesNationales.CodeStrategiePauvrete, TypeContrat.Ppae)]
    [InlineData(TypeOrientation.Professionnelle, ReglesNationales.CodeDecret2025, TypeContrat.ContratEngagement)]
    public void Type_de_contrat_suit_l_orientation_et_les_regles_en_vigueur(TypeOrientation orientation, string regles, TypeContrat attendu) =>
        Assert.Equal(attendu, TypeContratRegles.Pour(orientation, ReglesNationales.Tous.Single(j => j.Code == regles)));

    private static readonly DateOnly Adulte = new(1980, 1, 1), Jeune = new(2005, 6, 1), Debut = new(2026, 1, 5);

    [Theory]
    [InlineData(5, null, "Durée non permise")]
    [InlineData(24, null, "Durée non permise")]
    [InlineData(6, "2026-01-04", "La date de fin précède la date de début.")]
    [InlineData(6, "2027-01-10", "dépasse la durée la plus longue")]
    public void Saisie_hors_des_regles_est_refusee(int duree, string? fin, string refus)
    {
        var saisie = new SaisieContrat { DateDebut = Debut, DureeMois = duree, DateFin = fin is null ? null : DateOnly.Parse(fin, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Contains(refus, ControleContrat.Refus(saisie, TypeContrat.Cer, Adulte, new ReglesContrats(), Debut), StringComparison.Ordinal);
    }

    [Fact]
    public void Jeune_de_moins_de_26_ans_peut_signer_pour_24_mois_et_la_fin_se_calcule()
    {
        var saisie = new SaisieContrat { DateDebut = Debut, DureeMois = 24 };
        Assert.Null(ControleContrat.Refus(saisie, TypeContrat.Cer, Jeune, new ReglesContrats(), Debut));
        Assert.Equal(new DateOnly(2028, 1, 4), saisie.Fin);
        Assert.NotNull(ControleContrat.Refus(saisie, TypeContrat.Cer, Jeune, new ReglesContrats { DureeJeunesMois = 12 }, Debut));
    }

    [Fact]
    public void Alerte_d_echeance_vise_les_contrats_valides_finissant_dans_le_delai()
    {
        var aujourdhui = new DateOnly(2026, 3, 1);
        Assert.True(AlerteEcheance.ArriveAEcheance(StatutContrat.Valide, new DateOnly(2026, 4, 30), aujourdhui, 2));
        Assert.False(AlerteEcheance.ArriveAEcheance(StatutContrat.Valide, new DateOnly(2026, 5, 2), aujourdhui, 2));
        Assert.False(AlerteEcheance.ArriveAEcheance(StatutContrat.Valide, new DateOnly(2026, 2, 28), aujourdhui, 2));
        Assert.False(AlerteEcheance.ArriveAEcheance(StatutContrat.EnAttente, new DateOnly(2026, 4, 30), aujourdhui, 2));
    }
}
