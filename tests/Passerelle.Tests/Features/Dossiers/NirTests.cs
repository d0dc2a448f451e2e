using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Tests.Features.Dossiers;

public sealed class NirTests
{
    // Keys computed outside the code under test: 97 − (number mod 97), 2A → 19, 2B → 18.
    [Theory]
    [InlineData("185054900712329", "185054900712329")]
    [InlineData("1850549007123", "185054900712329")]
    [InlineData("292013712345660", "292013712345660")]
    [InlineData("176032A00401291", "176032A00401291")]
    [InlineData("176032a004012", "176032A00401291")]
    [InlineData("288112B012345", "288112B01234505")]
    [InlineData("1 85 05 49 007 123 29", "185054900712329")]
    [InlineData(" 2820251108030 ", "282025110803094")]
    [InlineData("7850599123456", "785059912345695")]
    [InlineData("892019965432142", "892019965432142")]
    public void Lire_nir_de_13_ou_15_caracteres_garde_les_13_avec_la_cle_calculee(string lu, string attendu)
    {
        var nir = Nir.Lire(lu);
        Assert.Equal((attendu, attendu[..13], null, false), (nir.Complet, nir.Prefixe, nir.Anomalie, nir.CleFausse));
    }

    [Theory]
    [InlineData("185054900712330", "185054900712329")]
    [InlineData("176032A00401290", "176032A00401291")]
    [InlineData("288112B012345XX", "288112B01234505")]
    public void Lire_cle_fausse_avertit_et_garde_les_13_avec_la_bonne_cle(string lu, string attendu)
    {
        var nir = Nir.Lire(lu);
        Assert.Equal((attendu, true), (nir.Complet, nir.CleFausse));
        Assert.Contains("clé", nir.Anomalie, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("18505490071232", "13 caractères (sans la clé) ou 15")]
    [InlineData("18505490071", "13 caractères (sans la clé) ou 15")]
    [InlineData("585054900712329", "commencer par")]
    [InlineData("5850549007123", "commencer par")]
    [InlineData("18505490071X329", "chiffres")]
    [InlineData("185052C00712329", "2A ou 2B")]
    [InlineData("0000000000000", "commencer par")]
    [InlineData("1000000000000", "remplissage")]
    [InlineData("2222222222222", "remplissage")]
    [InlineData("1AB0549007123", "numériques")]
    public void Lire_nir_mal_forme_avertit_et_ne_garde_rien(string lu, string motif)
    {
        var nir = Nir.Lire(lu);
        Assert.Null(nir.Complet);
        Assert.Null(nir.Prefixe);
        Assert.Contains(motif, nir.Anomalie, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Lire_nir_absent_n_est_pas_une_anomalie(string? lu) => Assert.Equal(LectureNir.Absent, Nir.Lire(lu));

    [Theory]
    [InlineData("185054900712329", "1")]
    [InlineData("2850549007123", "2")]
    [InlineData("7850599123456", "1")]
    [InlineData("892019965432142", "2")]
    [InlineData(null, null)]
    public void Sexe_se_lit_sur_le_premier_chiffre(string? nir, string? sexe) => Assert.Equal(sexe, Nir.Sexe(nir));

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
