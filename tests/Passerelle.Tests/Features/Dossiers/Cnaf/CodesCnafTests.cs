using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Tests.Features.Dossiers.Cnaf;

public sealed class CodesCnafTests
{
    [Theory]
    [InlineData("FONORG", "MSA")]
    [InlineData("ROLEPERS", "RDO")]
    [InlineData("ETATDOSRSA", "Z")]
    [InlineData("ETATDOSRSA", "6")]
    [InlineData("SEXE", "2")]
    [InlineData("NIR", "185054900712329")]
    [InlineData("NIR", "1850549007123")]
    [InlineData("NOM", "n'importe quoi")]
    public void Verifier_code_connu_ne_donne_pas_de_motif(string champ, string valeur) =>
        Assert.Null(CodesCnaf.Verifier(champ, valeur));

    [Theory]
    [InlineData("FONORG", "CPAM", "CAF ou MSA")]
    [InlineData("ROLEPERS", "PAR", "DEM, CJT, ENF, AUT ou RDO")]
    [InlineData("ETATDOSRSA", "7", "Z ou 0 à 6")]
    [InlineData("SEXE", "M", "1 ou 2")]
    [InlineData("NIR", "185054900712330", "clé du NIR")]
    public void Verifier_code_inconnu_donne_les_valeurs_attendues(string champ, string valeur, string attendu) =>
        Assert.Contains(attendu, CodesCnaf.Verifier(champ, valeur), StringComparison.Ordinal);
}
