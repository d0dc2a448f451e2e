using Passerelle.Web.Features.Parrainage;

namespace Passerelle.Tests.Features.Parrainage;

public sealed class TransitionsParrainageTests
{
    [Theory]
    [InlineData(StatutParrainage.Propose, ActeParrainage.Accepter, ActeurParrainage.Parrain, StatutParrainage.EnCours)]
    [InlineData(StatutParrainage.Propose, ActeParrainage.Accepter, ActeurParrainage.Accompagnant, null)]
    [InlineData(StatutParrainage.EnCours, ActeParrainage.Terminer, ActeurParrainage.Accompagnant, StatutParrainage.Termine)]
    [InlineData(StatutParrainage.EnCours, ActeParrainage.Terminer, ActeurParrainage.Parrain, null)]
    [InlineData(StatutParrainage.Propose, ActeParrainage.Terminer, ActeurParrainage.Accompagnant, null)]
    [InlineData(StatutParrainage.Propose, ActeParrainage.Interrompre, ActeurParrainage.Parrain, StatutParrainage.Interrompu)]
    [InlineData(StatutParrainage.EnCours, ActeParrainage.Interrompre, ActeurParrainage.Accompagnant, StatutParrainage.Interrompu)]
    [InlineData(StatutParrainage.Termine, ActeParrainage.Interrompre, ActeurParrainage.Accompagnant, null)]
    [InlineData(StatutParrainage.Interrompu, ActeParrainage.Accepter, ActeurParrainage.Parrain, null)]
    public void Acte_depuis_un_statut_par_un_acteur_donne_le_statut_suivant_ou_rien(StatutParrainage de, ActeParrainage acte, ActeurParrainage acteur, StatutParrainage? vers) =>
        Assert.Equal(vers, TransitionsParrainage.Suivant(de, acte, acteur));

    [Fact]
    public void Rencontre_refuse_une_date_future_avant_le_debut_et_une_duree_hors_limites()
    {
        var aujourdhui = new DateOnly(2026, 3, 10);
        var debut = new DateOnly(2026, 3, 1);
        Assert.Contains("future", ReglesParrainage.Verifier(new SaisieRencontre(aujourdhui.AddDays(1), 60, "Sujet", null), debut, aujourdhui)["Date"], StringComparison.Ordinal);
        Assert.Contains("précéder le début", ReglesParrainage.Verifier(new SaisieRencontre(debut.AddDays(-1), 60, "Sujet", null), debut, aujourdhui)["Date"], StringComparison.Ordinal);
        Assert.True(ReglesParrainage.Verifier(new SaisieRencontre(debut, 0, "Sujet", null), debut, aujourdhui).ContainsKey("DureeMinutes"));
        Assert.Empty(ReglesParrainage.Verifier(new SaisieRencontre(debut, ReglesParrainage.DureeMaximaleRencontreMinutes, "Sujet", null), debut, aujourdhui));
    }
}
