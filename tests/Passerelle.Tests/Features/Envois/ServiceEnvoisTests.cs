using Microsoft.Extensions.DependencyInjection;
using Passerelle.Web.Features.Envois;

namespace Passerelle.Tests.Features.Envois;

public sealed class ServiceEnvoisTests(EnvoisDeTest envois) : IClassFixture<EnvoisDeTest>
{
    private static string Email() => $"personne-{Guid.NewGuid():N}@exemple.fr";

    [Fact]
    public async Task Email_valide_arrive_au_serveur_smtp_avec_le_modele_fusionne()
    {
        var adresse = Email();
        var id = await envois.CreerPersonneAsync("49", email: adresse, nom: "BERTIN");
        var resultat = await envois.EnvoyerAsync("49", id, CanalEnvoi.Email, $"convocation:{Guid.NewGuid()}");

        Assert.Equal(IssueEnvoi.Envoye, resultat.Issue);
        var message = Assert.Single(envois.Smtp.RecusPour(adresse));
        Assert.Equal("Convocation à un rendez-vous obligatoire", message.Subject);
        Assert.Equal(EnvoisDeTest.ExpediteurCommun, message.From.Mailboxes.Single().Address);
        Assert.Contains("Madame,", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("le 3 décembre 2026 à 14 h 00, à l'adresse suivante : Maison des solidarités", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Maine-et-Loire", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", message.TextBody, StringComparison.Ordinal);
        var ligne = Assert.Single(await envois.JournalAsync("49", id));
        Assert.Equal((StatutEnvoi.Envoye, adresse), (ligne.Statut, ligne.Destinataire));
        Assert.NotNull(ligne.EnvoyeLe);
    }

    [Fact]
    public async Task Email_d_un_departement_prend_l_expediteur_de_sa_configuration_propre()
    {
        var adresse = Email();
        var id = await envois.CreerPersonneAsync("37", email: adresse);
        Assert.Equal(IssueEnvoi.Envoye, (await envois.EnvoyerAsync("37", id, CanalEnvoi.Email, $"convocation:{Guid.NewGuid()}")).Issue);
        Assert.Equal(EnvoisDeTest.Expediteur37, Assert.Single(envois.Smtp.RecusPour(adresse)).From.Mailboxes.Single().Address);
    }

    [Theory]
    [InlineData("camille.exemple.fr")]
    [InlineData("camille@exemple")]
    [InlineData("Camille <camille@exemple.fr>")]
    [InlineData("camille @exemple.fr")]
    public async Task Email_invalide_est_refuse_et_rien_n_est_envoye(string adresse)
    {
        var id = await envois.CreerPersonneAsync("49", email: adresse);
        var avant = envois.Smtp.Recus.Count;
        var resultat = await envois.EnvoyerAsync("49", id, CanalEnvoi.Email, $"convocation:{Guid.NewGuid()}");

        Assert.Equal(IssueEnvoi.Echec, resultat.Issue);
        Assert.Equal($"L'adresse e-mail {adresse} n'est pas valide.", resultat.Erreur);
        Assert.Equal(avant, envois.Smtp.Recus.Count);
        Assert.Equal(resultat.Erreur, Assert.Single(await envois.JournalAsync("49", id)).Erreur);
    }

    [Fact]
    public async Task Deux_envois_simultanes_avec_la_meme_cle_n_envoient_qu_un_message()
    {
        var adresse = Email();
        var id = await envois.CreerPersonneAsync("49", email: adresse);
        var cle = $"rappel-rdv:{Guid.NewGuid()}";
        var resultats = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            envois.EnvoyerAsync("49", id, CanalEnvoi.Email, cle, modele: ModelesParDefaut.RappelRdv))));

        Assert.Single(envois.Smtp.RecusPour(adresse));
        Assert.Equal(1, resultats.Count(r => r.Issue == IssueEnvoi.Envoye));
        Assert.Equal(3, resultats.Count(r => r.Issue == IssueEnvoi.DejaTraite));
        Assert.Single(await envois.JournalAsync("49", id));
    }

    [Fact]
    public async Task Meme_cle_sur_un_autre_canal_est_un_autre_envoi()
    {
        var adresse = Email();
        var id = await envois.CreerPersonneAsync("49", email: adresse, telephone: "06 11 22 33 44");
        var cle = $"convocation:{Guid.NewGuid()}";
        Assert.Equal(IssueEnvoi.Envoye, (await envois.EnvoyerAsync("49", id, CanalEnvoi.Email, cle)).Issue);
        Assert.Equal(IssueEnvoi.DejaTraite, (await envois.EnvoyerAsync("49", id, CanalEnvoi.Email, cle)).Issue);
        Assert.Equal(IssueEnvoi.Envoye, (await envois.EnvoyerAsync("49", id, CanalEnvoi.Sms, cle)).Issue);
        Assert.Single(envois.Smtp.RecusPour(adresse));
    }

    [Fact]
    public async Task Sms_est_poste_en_json_avec_le_jeton_et_le_numero_en_format_international()
    {
        var id = await envois.CreerPersonneAsync("49", telephone: "07.12.34.56.78");
        var resultat = await envois.EnvoyerAsync("49", id, CanalEnvoi.Sms, $"rappel:{Guid.NewGuid()}", modele: ModelesParDefaut.RappelRdv);

        Assert.Equal(IssueEnvoi.Envoye, resultat.Issue);
        var requete = Assert.Single(envois.Sms.RecuesPour("+33712345678"));
        Assert.Equal($"Bearer {EnvoisDeTest.JetonSms}", requete.Autorisation);
        Assert.Equal("CD49", requete.Corps.GetProperty("from").GetString());
        Assert.Equal("Maine-et-Loire : rappel de votre rendez-vous le 3 décembre 2026 à 14 h 00, Maison des solidarités, 2 rue Plantagenêt, Angers.",
            requete.Corps.GetProperty("text").GetString());
        Assert.Equal("+33712345678", Assert.Single(await envois.JournalAsync("49", id)).Destinataire);
    }

    [Fact]
    public async Task Sms_refuse_par_le_fournisseur_est_note_en_echec_avec_son_message_puis_peut_etre_reessaye()
    {
        var id = await envois.CreerPersonneAsync("49", telephone: "+33 6 98 76 54 32");
        var cle = $"rappel:{Guid.NewGuid()}";
        envois.Sms.ReponsesAVenir.Enqueue((500, """{"message":"Crédit de SMS épuisé"}"""));
        var echec = await envois.EnvoyerAsync("49", id, CanalEnvoi.Sms, cle, modele: ModelesParDefaut.RappelRdv);

        Assert.Equal(IssueEnvoi.Echec, echec.Issue);
        Assert.Equal("Le fournisseur de SMS a refusé l'envoi (HTTP 500) : Crédit de SMS épuisé", echec.Erreur);
        var ligne = Assert.Single(await envois.JournalAsync("49", id));
        Assert.Equal((StatutEnvoi.Echec, echec.Erreur), (ligne.Statut, ligne.Erreur));
        var echecs = await envois.DansDepartementAsync("49", (s, _) => s.GetRequiredService<ServiceEnvois>().EchecsRecentsAsync(id));
        Assert.Equal(echec.Erreur, Assert.Single(echecs).Erreur);

        var reprise = await envois.EnvoyerAsync("49", id, CanalEnvoi.Sms, cle, modele: ModelesParDefaut.RappelRdv);
        Assert.Equal(IssueEnvoi.Envoye, reprise.Issue);
        Assert.Equal(2, envois.Sms.RecuesPour("+33698765432").Count);
        Assert.Equal(StatutEnvoi.Envoye, Assert.Single(await envois.JournalAsync("49", id)).Statut);
    }

    [Fact]
    public async Task Echec_d_une_personne_n_est_pas_repris_par_une_autre_personne_avec_la_meme_cle()
    {
        var cle = $"convocation:{Guid.NewGuid()}";
        var sansEmail = await envois.CreerPersonneAsync("49");
        Assert.Equal(IssueEnvoi.Echec, (await envois.EnvoyerAsync("49", sansEmail, CanalEnvoi.Email, cle)).Issue);
        var autre = await envois.CreerPersonneAsync("49", email: Email());
        Assert.Equal(IssueEnvoi.DejaTraite, (await envois.EnvoyerAsync("49", autre, CanalEnvoi.Email, cle)).Issue);
        Assert.Equal("La personne n'a pas d'adresse e-mail : un e-mail ne peut pas lui être envoyé.", Assert.Single(await envois.JournalAsync("49", sansEmail)).Erreur);
    }

    [Fact]
    public async Task Sms_vers_un_numero_fixe_est_refuse_sans_appeler_le_fournisseur()
    {
        var id = await envois.CreerPersonneAsync("49", telephone: "02 41 00 00 00");
        var avant = envois.Sms.Recues.Count;
        var resultat = await envois.EnvoyerAsync("49", id, CanalEnvoi.Sms, $"convocation:{Guid.NewGuid()}");

        Assert.Equal(IssueEnvoi.Echec, resultat.Issue);
        Assert.Equal("Le numéro 02 41 00 00 00 est un numéro fixe : un SMS ne peut pas y être envoyé.", resultat.Erreur);
        Assert.Equal(avant, envois.Sms.Recues.Count);
    }

    [Fact]
    public async Task Sms_sans_fournisseur_configure_pour_le_departement_est_un_echec_explique()
    {
        var id = await envois.CreerPersonneAsync("37", telephone: "0612345678");
        var resultat = await envois.EnvoyerAsync("37", id, CanalEnvoi.Sms, $"convocation:{Guid.NewGuid()}");
        Assert.Equal(IssueEnvoi.Echec, resultat.Issue);
        Assert.StartsWith("L'envoi de SMS n'est pas configuré pour ce département", resultat.Erreur, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Courrier_est_prepare_pour_l_impression_et_note_a_imprimer()
    {
        var id = await envois.CreerPersonneAsync("49", nom: "DURAND");
        var resultat = await envois.EnvoyerAsync("49", id, CanalEnvoi.Courrier, $"invitation:{Guid.NewGuid()}", modele: ModelesParDefaut.Invitation);

        Assert.Equal(IssueEnvoi.Envoye, resultat.Issue);
        Assert.Equal(["Madame Camille DURAND", "5 rue du Port", "49100 Angers"], resultat.Courrier!.Destinataire);
        var ligne = Assert.Single(await envois.JournalAsync("49", id));
        Assert.Equal("Madame Camille DURAND, 5 rue du Port, 49100 Angers", ligne.Destinataire);
        var lignes = await envois.DansDepartementAsync("49", (s, _) => s.GetRequiredService<ServiceEnvois>().EnvoisDeLaPersonneAsync(id));
        Assert.Equal("À imprimer", Assert.Single(lignes).LibelleStatut);
    }

    [Fact]
    public async Task Personne_d_un_autre_departement_est_refusee()
    {
        var id = await envois.CreerPersonneAsync("37", email: Email());
        await Assert.ThrowsAsync<InvalidOperationException>(() => envois.DansDepartementAsync("49", async (s, _) =>
        {
            var personne = await envois.DansDepartementAsync("37", (_, db) => db.Personnes.FindAsync(id).AsTask());
            return await s.GetRequiredService<ServiceEnvois>().EnvoyerAsync(personne!, CanalEnvoi.Email, ModelesParDefaut.Invitation, EnvoisDeTest.ChampsRdv, "k");
        }));
    }
}
