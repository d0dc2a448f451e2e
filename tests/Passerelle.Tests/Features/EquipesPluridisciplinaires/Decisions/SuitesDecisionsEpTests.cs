using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Documents;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Documents;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;
using Passerelle.Web.Platform.Audit;
using static Passerelle.Tests.Features.EquipesPluridisciplinaires.Decisions.DecisionsDeTest;

namespace Passerelle.Tests.Features.EquipesPluridisciplinaires.Decisions;

/// <summary>After the decision: observations, the notification letter, the CAF list, appeals and the suspension-remobilisation's restitution.</summary>
[Collection(CollectionDecisionsEp.Nom)]
public sealed class SuitesDecisionsEpTests(ApplicationDecisionsEp app)
{
    [Fact]
    public async Task Reduction_decidee_et_notifiee_donne_un_courrier_avec_la_decision_les_voies_de_recours_et_la_qualite_du_decideur()
    {
        var dossier = await AvisRenduAsync(app, await PersonneAsync(app));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var depot = await agent.DeposerAsync($"/ep/dossiers/{dossier.Id}", [Champ("recueLe", "2026-12-10"), Champ("forme", "Courrier"), Champ("texte", "Je cherchais un logement.")],
            "lettre.pdf", FichiersDeTest.Pdf(), $"/ep/dossiers/{dossier.Id}?handler=Observation");
        Assert.Equal(HttpStatusCode.Redirect, depot.StatusCode);
        var observation = Assert.Single((await LireAsync(app, dossier.Id)).Observations);
        Assert.Equal(dossier.PersonneId, await app.DansDepartementAsync("49", db => db.Set<DocumentPersonne>().Where(d => d.Id == observation.DocumentPersonneId).Select(d => d.PersonneId).SingleAsync()));

        Assert.Equal("Décision enregistrée : Réduction du RSA de 80,00 € par mois pendant 1 mois, à compter du 1 février 2027. Elle est à notifier à la personne.",
            await DeciderAsync(app, agent, dossier.Id, Reduction()));
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/ep/dossiers/{dossier.Id}/notification")).StatusCode);
        Assert.StartsWith("Décision notifiée", await AgirAsync(agent, dossier.Id, "Notifier"), StringComparison.Ordinal);
        Assert.StartsWith("La décision a déjà été notifiée le 02/01/2027", await AgirAsync(agent, dossier.Id, "Notifier"), StringComparison.Ordinal);
        var notifie = await LireAsync(app, dossier.Id);
        Assert.Equal(ApplicationDecisionsEp.Aujourdhui, notifie.DateNotification);
        Assert.Equal(ModelesParDefaut.DecisionEp, await app.DansDepartementAsync("49", db => db.Set<Envoi>().Where(e => e.Id == notifie.NotificationEnvoiId).Select(e => e.CodeModele).SingleAsync()));

        var texte = await PdfDeTest.TexteAsync(await agent.GetAsync($"/ep/dossiers/{dossier.Id}/notification"));
        foreach (var attendu in new[] { "Maine-et-Loire", "12 RUE DES LILAS", "Le 2 janvier 2027", "Décision relative à votre revenu de solidarité active",
            "séance du 15 décembre 2026", "Réduction du RSA de 80,00 € par mois pendant 1 mois, à compter du 1 février 2027.", "Aucun contrat signé malgré trois relances.",
            "Je cherchais un logement.", "Bruno Agent", Qualite, "L262-37", "R262-68", "recours administratif préalable obligatoire", "L262-47", "tribunal administratif",
            "rejeté implicitement" })
            Assert.Contains(attendu, texte, StringComparison.Ordinal);
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == AuditActions.Export && a.Objet == nameof(DossierEp) && a.ObjetId == dossier.Id.ToString())));
        // The same letter, printed again from the person's delivery journal.
        Assert.Equal(texte, await PdfDeTest.TexteAsync(await agent.GetAsync($"/personnes/{dossier.PersonneId}/courriers/{notifie.NotificationEnvoiId}")));
    }

    [Fact]
    public async Task Export_caf_donne_l_entete_et_la_ligne_documentees_et_exclut_une_decision_annulee_sur_recours()
    {
        var nir = Dossiers.DonneesDossiers.NirUnique();
        var nom = Dossiers.DonneesDossiers.NomUnique();
        var rsa = await Dossiers.DonneesDossiers.CreerAsync(app, Dossiers.DonneesDossiers.Angers, "49007", "ANGERS", new Dossiers.PersonneDeTest(nom, "CAMILLE", new DateOnly(1985, 4, 12), Nir: nir));
        var dossier = await AvisRenduAsync(app, rsa.Personnes[0]);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        await DeciderEtNotifierAsync(app, agent, dossier.Id);

        var csv = await CsvAsync(agent, "/api/v1/ep/sanctions-caf?du=2027-01-01&au=2027-01-31");
        var lignes = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("NUMDEMRSA;MATRICULE;ORGANISME;NIR;NOM;PRENOMS;DTNAI;TYPESANCTION;MONTANT;POURCENTAGE;DATEEFFET;DUREEMOIS;DATEDECISION;DATENOTIFICATION;"
            + "MOTIFSUSPENSION;DATEREPRISE;MOISRESTITUES;IDPASSERELLE", lignes[0]);
        Assert.Equal($"{rsa.NumDemRsa};{rsa.Matricule};CAF;{nir};{nom};CAMILLE;1985-04-12;RED;80.00;;2027-02-01;1;2027-01-02;2027-01-02;CG;;;{dossier.Id}",
            Assert.Single(lignes, l => l.EndsWith($";{dossier.Id}", StringComparison.Ordinal)));
        Assert.NotNull((await LireAsync(app, dossier.Id)).ExporteeCafLe);
        Assert.DoesNotContain(lignes, l => l.EndsWith($";{dossier.Id}", StringComparison.Ordinal) is false && l.Contains(nir, StringComparison.Ordinal));
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Action == AuditActions.Export && a.Details!.StartsWith("Sanctions pour la CAF"))));

        Assert.Equal("Recours enregistré.", await AgirAsync(agent, dossier.Id, "Recours", Champ("version", await VersionAsync(app, dossier.Id)), Champ("type", "Gracieux"), Champ("deposeLe", "2027-01-02")));
        var recours = (await LireAsync(app, dossier.Id)).Recours.Single().Id;
        Assert.Contains("signalez-lui son annulation", await AgirAsync(agent, dossier.Id, "Issue", Champ("recoursId", recours), Champ("issue", "DecisionAnnulee"),
            Champ("date", "2027-01-02")), StringComparison.Ordinal);
        Assert.DoesNotContain($";{dossier.Id}\r\n", await CsvAsync(agent, "/ep/sanctions-caf?handler=Telecharger&du=2027-01-01&au=2027-01-31"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suspension_remobilisation_restitue_les_mois_suspendus_a_la_reprise_des_obligations()
    {
        var dossier = await AvisRenduAsync(app, await PersonneAsync(app), NatureThematique.SuspensionRemobilisation, avis: TypeDecisionEp.SuspensionRemobilisation);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.StartsWith("Décision enregistrée : Suspension-remobilisation à hauteur de 50 % du montant pendant 2 mois, à compter du 2 janvier 2027.",
            await DeciderAsync(app, agent, dossier.Id, Champ("Decision.Type", "SuspensionRemobilisation"), Champ("Decision.Pourcentage", 50), Champ("Decision.DureeMois", 2),
                Champ("Decision.DateEffet", "2027-01-02"), Champ("Decision.Motivation", "Rendez-vous manqués sans motif.")), StringComparison.Ordinal);
        Assert.StartsWith("La reprise des obligations ne s'enregistre", await AgirAsync(agent, (await AvisRenduAsync(app, dossier.PersonneId)).Id, "Reprise",
            Champ("version", 0), Champ("date", "2027-01-02")), StringComparison.Ordinal);
        Assert.StartsWith("Décision notifiée", await AgirAsync(agent, dossier.Id, "Notifier"), StringComparison.Ordinal);
        Assert.StartsWith("Reprise des obligations enregistrée au 02/01/2027 : 1 mois de suspension à restituer", await AgirAsync(agent, dossier.Id, "Reprise",
            Champ("version", await VersionAsync(app, dossier.Id)), Champ("date", "2027-01-02")), StringComparison.Ordinal);
        Assert.Equal(1, (await LireAsync(app, dossier.Id)).MoisRestitues);
    }

    [Fact]
    public async Task Recours_avant_notification_et_observation_apres_decision_sont_refuses()
    {
        var dossier = await AvisRenduAsync(app, await PersonneAsync(app));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.StartsWith("Décision enregistrée", await DeciderAsync(app, agent, dossier.Id, Reduction()), StringComparison.Ordinal);
        Assert.StartsWith("La décision n'a pas encore été notifiée", await AgirAsync(agent, dossier.Id, "Recours", Champ("version", await VersionAsync(app, dossier.Id)),
            Champ("type", "Gracieux"), Champ("deposeLe", "2027-01-02")), StringComparison.Ordinal);
        using var api = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await api.Client.PostAsync(new Uri($"/api/v1/ep/dossiers/{dossier.Id}/observations", UriKind.Relative),
            new StringContent("""{"recueLe":"2027-01-02","forme":"Courriel","texte":"Trop tard"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reponse.StatusCode);
        Assert.Contains("les observations se recueillent avant la décision", await reponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> CsvAsync(Navigateur navigateur, string url)
    {
        var reponse = await navigateur.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("text/csv", reponse.Content.Headers.ContentType?.MediaType);
        var octets = await reponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), octets[..3]);
        return Encoding.UTF8.GetString(octets[3..]);
    }
}
