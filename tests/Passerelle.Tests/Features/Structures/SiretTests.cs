using Passerelle.Web.Features.Structures;

namespace Passerelle.Tests.Features.Structures;

public sealed class SiretTests
{
    [Theory]
    [InlineData("73282932000074")]
    [InlineData("732 829 320 00074")]
    [InlineData("44306184100047")]
    public void Verifier_siret_valide_ne_renvoie_aucune_erreur(string siret) => Assert.Null(Siret.Verifier(siret));

    [Theory]
    [InlineData("73282932000075")]
    [InlineData("12345678900011")]
    public void Verifier_cle_de_luhn_fausse_renvoie_l_erreur_de_cle(string siret) =>
        Assert.Equal("Le SIRET est invalide : sa clé de contrôle ne correspond pas.", Siret.Verifier(siret));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("7328293200007")]
    [InlineData("732829320000745")]
    [InlineData("7328293200007A")]
    public void Verifier_longueur_ou_caracteres_invalides_exige_14_chiffres(string? siret) =>
        Assert.Equal("Le SIRET doit comporter exactement 14 chiffres.", Siret.Verifier(siret));

    [Fact]
    public void Verifier_etablissement_de_la_poste_suit_la_regle_de_la_somme_multiple_de_5()
    {
        // 3+5+6+1 = 15: valid for La Poste although its Luhn key is wrong.
        Assert.Null(Siret.Verifier("35600000000001"));
        // Passes Luhn but its digit sum (26) is not a multiple of 5: refused for La Poste.
        Assert.NotNull(Siret.Verifier("35600000000048"));
    }

    [Fact]
    public void Normaliser_retire_les_espaces() => Assert.Equal("73282932000074", Siret.Normaliser(" 732 829 320\u00a000074 "));

    [Theory]
    [InlineData("0241000000", "02 41 00 00 00")]
    [InlineData("02.41.00.00.00", "02 41 00 00 00")]
    [InlineData("+33 2 41 00 00 00", "02 41 00 00 00")]
    [InlineData("+32 2 123 45 67", "+3221234567")]
    [InlineData("", null)]
    public void Telephone_valide_est_mis_au_format_francais(string saisie, string? attendu)
    {
        Assert.Equal(attendu, Telephone.Normaliser(saisie, out var valide));
        Assert.True(valide);
    }

    [Theory]
    [InlineData("02 41")]
    [InlineData("un numéro")]
    [InlineData("1241000000")]
    public void Telephone_invalide_est_signale(string saisie)
    {
        Telephone.Normaliser(saisie, out var valide);
        Assert.False(valide);
    }
}
