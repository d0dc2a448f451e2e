using Passerelle.Web.Features.Envois;

namespace Passerelle.Tests.Features.Envois;

public sealed class ReglesDestinatairesTests
{
    [Theory]
    [InlineData("06 12 34 56 78", "+33612345678")]
    [InlineData("07.12.34.56.78", "+33712345678")]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    [InlineData("+33712345678", "+33712345678")]
    [InlineData("0033 6 12 34 56 78", "+33612345678")]
    [InlineData("06-12-34-56-78", "+33612345678")]
    public void Numero_mobile_francais_est_normalise_en_e164(string saisi, string attendu) =>
        Assert.Equal(attendu, NumeroMobile.Verifier(saisi).Valeur);

    [Theory]
    [InlineData("01 23 45 67 89")]
    [InlineData("02 41 00 00 00")]
    [InlineData("05 56 00 00 00")]
    [InlineData("09 70 00 00 00")]
    [InlineData("+33 2 41 00 00 00")]
    public void Numero_fixe_est_refuse_avec_un_message_qui_le_dit(string saisi) =>
        Assert.Equal($"Le numéro {saisi} est un numéro fixe : un SMS ne peut pas y être envoyé.", NumeroMobile.Verifier(saisi).Erreur);

    [Theory]
    [InlineData("06 12 34 56")]
    [InlineData("06 12 34 56 7A")]
    public void Numero_incomplet_est_refuse(string saisi) =>
        Assert.Equal($"Le numéro {saisi} n'est pas un numéro de téléphone français valide.", NumeroMobile.Verifier(saisi).Erreur);

    [Theory]
    [InlineData("+44 7911 123456")]
    [InlineData("0032 470 12 34 56")]
    public void Numero_etranger_est_refuse_pour_les_sms_avec_sa_raison(string saisi) =>
        Assert.Equal($"Le numéro {saisi} est un numéro étranger : les SMS ne partent que vers les mobiles français (06, 07).", NumeroMobile.Verifier(saisi).Erreur);

    [Fact]
    public void Numero_special_en_08_n_est_pas_un_mobile() =>
        Assert.Equal("Le numéro 08 00 00 00 00 n'est pas un numéro de mobile : un SMS ne peut pas y être envoyé.", NumeroMobile.Verifier("08 00 00 00 00").Erreur);

    [Theory]
    [InlineData("camille.martin@exemple.fr")]
    [InlineData(" c.martin+rsa@sous.domaine.gouv.fr ")]
    public void Adresse_email_valide_est_acceptee(string saisie) =>
        Assert.Equal(saisie.Trim(), AdresseEmail.Verifier(saisie).Valeur);

    [Theory]
    [InlineData("camille")]
    [InlineData("camille@")]
    [InlineData("@exemple.fr")]
    [InlineData("camille@exemple.")]
    [InlineData("camille@@exemple.fr")]
    public void Adresse_email_invalide_est_refusee_en_la_nommant(string saisie) =>
        Assert.Equal($"L'adresse e-mail {saisie} n'est pas valide.", AdresseEmail.Verifier(saisie).Erreur);
}
