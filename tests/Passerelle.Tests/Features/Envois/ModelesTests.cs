using Passerelle.Web.Features.Envois;

namespace Passerelle.Tests.Features.Envois;

public sealed class ModelesTests
{
    private static ModeleSaisi Saisie(string corps, string? sms = null) =>
        new() { Libelle = "Invitation", Objet = "Objet {{Nom}}", Corps = corps, SmsTexte = sms };

    [Fact]
    public void Modeles_par_defaut_n_utilisent_que_des_champs_du_catalogue()
    {
        foreach (var m in ModelesParDefaut.Tous)
            Assert.Empty(new ModeleSaisi { Libelle = m.Libelle, Objet = m.Objet, Corps = m.Corps, SmsTexte = m.SmsTexte }.Verifier());
        Assert.Equal(["invitation", "convocation", "rappel-rdv", "relance-invitation", "decision-orientation", "contrat-cer", "relance-contrat-ep", "information-ep",
            "convocation-ep", "decision-ep"], ModelesParDefaut.Tous.Select(m => m.Code));
    }

    [Fact]
    public void Champ_inconnu_est_refuse_en_le_nommant()
    {
        var erreurs = Saisie("Bonjour {{Civilite}} {{NomDeFamille}}, rendez-vous le {{DateRdv}}.").Verifier();
        var (champ, message) = Assert.Single(erreurs);
        Assert.Equal("Corps", champ);
        Assert.Equal("Le champ de fusion {{NomDeFamille}} n'existe pas. Utilisez un des champs de la liste.", message);
    }

    [Fact]
    public void Plusieurs_champs_inconnus_sont_tous_nommes()
    {
        var (champ, message) = Assert.Single(Saisie("Texte", sms: "{{Portable}} {{ Lieu }}").Verifier());
        Assert.Equal("SmsTexte", champ);
        Assert.Equal("Les champs de fusion {{Portable}}, {{Lieu}} n'existent pas. Utilisez des champs de la liste.", message);
    }

    [Fact]
    public void Accolade_non_fermee_est_refusee() =>
        Assert.Contains(Saisie("Bonjour {{Nom}, à bientôt").Verifier(), e => e.Champ == "Corps" && e.Message.StartsWith("Un champ de fusion est mal écrit", StringComparison.Ordinal));

    [Fact]
    public void Champs_obligatoires_et_longueur_du_sms_sont_verifies()
    {
        var erreurs = new ModeleSaisi { SmsTexte = new string('x', ModeleSaisi.SmsMax + 1) }.Verifier();
        Assert.Equal(["Libelle", "Objet", "Corps", "SmsTexte"], erreurs.Select(e => e.Champ));
    }

    [Fact]
    public void Fusion_remplace_les_champs_et_vide_ceux_sans_valeur()
    {
        var modele = new ContenuModele("x", "X", "Rendez-vous du {{DateRdv}}", "{{Civilite}}, venez à {{ HeureRdv }} {{LieuRdv}}.", "{{Nom}}");
        var message = RenduCourrier.Fusion(modele, new Dictionary<string, string>
        {
            ["DateRdv"] = "3 décembre",
            ["Civilite"] = "Madame",
            ["HeureRdv"] = "9 h",
            ["Nom"] = "MARTIN",
        });
        Assert.Equal(new MessageFusionne("Rendez-vous du 3 décembre", "Madame, venez à 9 h .", "MARTIN"), message);
    }
}
