using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Tests.Features.Dossiers;

public sealed class NirTests
{
    // Keys computed outside the code under test: 97 − (number mod 97), 2A → 19, 2B → 18.
    [Theory]
    [InlineData("185054900712329")]
    [InlineData("292013712345660")]
    [InlineData("176032A00401291")]
    [InlineData("288112B01234505")]
    [InlineData("1 85 05 49 007 123 29")]
    public void Verifier_nir_avec_bonne_cle_est_valide(string nir) => Assert.Null(Nir.Verifier(nir));

    [Theory]
    [InlineData("185054900712330", "clé")]
    [InlineData("176032A00401290", "clé")]
    [InlineData("18505490071232", "15 caractères")]
    [InlineData("585054900712329", "commencer par")]
    [InlineData("18505490071X329", "chiffres")]
    [InlineData("185052C00712329", "2A ou 2B")]
    [InlineData("", "vide")]
    public void Verifier_nir_invalide_donne_le_motif_en_francais(string nir, string motif) =>
        Assert.Contains(motif, Nir.Verifier(nir), StringComparison.Ordinal);

    [Fact]
    public void AvecCle_complete_le_prefixe_avec_la_cle_sur_deux_chiffres()
    {
        Assert.Equal("288112B01234505", Nir.AvecCle("288112B012345"));
        Assert.Equal("169127505678927", Nir.AvecCle("1691275056789"));
    }

    [Fact]
    public void PrefixeRapprochement_ignore_la_cle_et_les_espaces()
    {
        Assert.Equal("1850549007123", Nir.PrefixeRapprochement("1 85 05 49 007 123 99"));
        Assert.Null(Nir.PrefixeRapprochement("18505"));
        Assert.Null(Nir.PrefixeRapprochement(null));
    }
}
