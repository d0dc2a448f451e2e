using Passerelle.Web.Features.Pilotage.Evaluation;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Tests.Features.Pilotage.Evaluation;

/// <summary>How a figure stands against its target: delays are ceilings, every other figure a floor; no figure, no judgement.</summary>
public sealed class RegleAtteinteTests
{
    [Theory]
    [InlineData(UniteIndicateur.Nombre, "120", "130", Atteinte.Atteinte)]
    [InlineData(UniteIndicateur.Nombre, "120", "120", Atteinte.Atteinte)]
    [InlineData(UniteIndicateur.Nombre, "120", "119", Atteinte.NonAtteinte)]
    [InlineData(UniteIndicateur.Pourcentage, "80", "79.5", Atteinte.NonAtteinte)]
    [InlineData(UniteIndicateur.Jours, "60", "45", Atteinte.Atteinte)]
    [InlineData(UniteIndicateur.Jours, "60", "60", Atteinte.Atteinte)]
    [InlineData(UniteIndicateur.Mois, "2", "3", Atteinte.NonAtteinte)]
    [InlineData(UniteIndicateur.Nombre, null, "3", Atteinte.SansCible)]
    [InlineData(UniteIndicateur.Nombre, "3", null, Atteinte.NonRenseigne)]
    public void Chiffre_est_juge_selon_son_unite(UniteIndicateur unite, string? cible, string? realise, Atteinte attendue)
    {
        var r = realise is null ? null : new Realisation(decimal.Parse(realise, System.Globalization.CultureInfo.InvariantCulture), null, null, "essai");
        Assert.Equal(attendue, RegleAtteinte.Evaluer(unite, cible is null ? null : decimal.Parse(cible, System.Globalization.CultureInfo.InvariantCulture), r));
    }

    [Fact]
    public void Qualitatif_est_seulement_renseigne_ou_non()
    {
        Assert.Equal(Atteinte.Qualitatif, RegleAtteinte.Evaluer(UniteIndicateur.Texte, null, new Realisation(null, "Réseau créé", null, "essai")));
        Assert.Equal(Atteinte.NonRenseigne, RegleAtteinte.Evaluer(UniteIndicateur.Texte, 1, null));
    }

    [Fact]
    public void Synthese_compte_chaque_atteinte()
    {
        LigneEvaluation L(Atteinte a) => new(0, "x", UniteIndicateur.Nombre, SourceIndicateur.Saisi, null, null, a);
        Assert.Equal(new SyntheseEvaluation(5, 2, 1, 0, 1, 1),
            RegleAtteinte.Synthese([L(Atteinte.Atteinte), L(Atteinte.Atteinte), L(Atteinte.NonAtteinte), L(Atteinte.NonRenseigne), L(Atteinte.Qualitatif)]));
    }
}
