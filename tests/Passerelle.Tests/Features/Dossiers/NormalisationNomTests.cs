using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Tests.Features.Dossiers;

public sealed class NormalisationNomTests
{
    [Theory]
    [InlineData("Céline", "CELINE")]
    [InlineData("  jean-pierre   DUPONT ", "JEAN PIERRE DUPONT")]
    [InlineData("N’Diaye", "N DIAYE")]
    [InlineData("N'DIAYE", "N DIAYE")]
    [InlineData("Œuvray Lætitia", "OEUVRAY LAETITIA")]
    [InlineData("FRANÇOIS Hélène", "FRANCOIS HELENE")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normaliser_met_en_majuscules_sans_accents_ni_ponctuation(string? nom, string attendu) =>
        Assert.Equal(attendu, NormalisationNom.Normaliser(nom));
}
