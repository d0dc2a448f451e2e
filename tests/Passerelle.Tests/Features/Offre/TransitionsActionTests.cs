using Passerelle.Web.Features.Offre;

namespace Passerelle.Tests.Features.Offre;

public sealed class TransitionsActionTests
{
    [Theory]
    [InlineData(StatutAction.Brouillon, ActeAction.Soumettre, false, StatutAction.AModerer)]
    [InlineData(StatutAction.Refusee, ActeAction.Soumettre, false, StatutAction.AModerer)]
    [InlineData(StatutAction.AModerer, ActeAction.Publier, true, StatutAction.Publiee)]
    [InlineData(StatutAction.AModerer, ActeAction.Refuser, true, StatutAction.Refusee)]
    [InlineData(StatutAction.Publiee, ActeAction.Retirer, false, StatutAction.Retiree)]
    [InlineData(StatutAction.Retiree, ActeAction.Republier, false, StatutAction.Publiee)]
    public void Acte_permis_mene_a_son_etat(StatutAction de, ActeAction acte, bool moderateur, StatutAction vers) =>
        Assert.Equal(vers, TransitionsAction.Suivant(de, acte, moderateur));

    [Theory]
    [InlineData(StatutAction.AModerer, ActeAction.Publier, false)]
    [InlineData(StatutAction.AModerer, ActeAction.Refuser, false)]
    [InlineData(StatutAction.Brouillon, ActeAction.Publier, true)]
    [InlineData(StatutAction.Publiee, ActeAction.Soumettre, true)]
    [InlineData(StatutAction.Refusee, ActeAction.Publier, true)]
    [InlineData(StatutAction.Brouillon, ActeAction.Retirer, true)]
    [InlineData(StatutAction.Publiee, ActeAction.Republier, true)]
    public void Acte_hors_machine_ou_sans_droit_de_moderation_est_refuse(StatutAction de, ActeAction acte, bool moderateur) =>
        Assert.Null(TransitionsAction.Suivant(de, acte, moderateur));

    [Fact]
    public void Chaque_etat_propose_les_actes_que_la_machine_permet()
    {
        foreach (var statut in Enum.GetValues<StatutAction>())
            foreach (var moderateur in new[] { false, true })
                Assert.All(TransitionsAction.Possibles(statut, moderateur), acte => Assert.NotNull(TransitionsAction.Suivant(statut, acte, moderateur)));
        Assert.Equal([ActeAction.Publier, ActeAction.Refuser], TransitionsAction.Possibles(StatutAction.AModerer, true));
        Assert.Empty(TransitionsAction.Possibles(StatutAction.AModerer, false));
    }
}
