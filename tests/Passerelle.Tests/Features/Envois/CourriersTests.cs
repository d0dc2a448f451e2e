using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Cohortes;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Envois;

/// <summary>Letters of the journal printed again, one by one and in bulk, and the decision notification of a designation.</summary>
public sealed class CourriersTests(EnvoisDeTest envois) : IClassFixture<EnvoisDeTest>
{
    private Application App => envois.App;

    private static KeyValuePair<string, string> Champ(string nom, object valeur) => new(nom, Convert.ToString(valeur, CultureInfo.InvariantCulture)!);

    private async Task<string> AgirAsync(Navigateur agent, PersonneSuivie p, string handler, params KeyValuePair<string, string>[] champs)
    {
        var url = $"/personnes/{p.PersonneId}";
        var version = (await ParcoursDeTest.LireAsync(App, p.ParcoursId)).Version;
        var reponse = await agent.SoumettreAsync(url, [Champ("Version", version), .. champs], ActionsPagePersonne.Url(p.PersonneId, handler));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return (await agent.PageAsync(url)).QuerySelector("[role=status], [role=alert]")?.TextContent.Trim() ?? "";
    }

    private Task<int> AuditsAsync(string objet, string objetId) =>
        App.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == AuditActions.Export && a.Objet == objet && a.ObjetId == objetId));

    [Fact]
    public async Task Courrier_d_invitation_se_telecharge_en_pdf_avec_le_nom_et_la_date_limite_et_refuse_hors_perimetre()
    {
        var p = await ParcoursDeTest.CreerAsync(App);
        using var agent = await Navigateur.ConnecteAsync(App, "agent@49");
        Assert.Contains("courrier à imprimer", await AgirAsync(agent, p, "Inviter"), StringComparison.Ordinal);
        var invitation = await App.DansDepartementAsync("49", db => db.Set<Invitation>().AsNoTracking().SingleAsync(i => i.PersonneId == p.PersonneId));

        var lien = (await agent.PageAsync($"/personnes/{p.PersonneId}")).QuerySelector("#envois-personne a[href^='/personnes/']")?.GetAttribute("href");
        Assert.NotNull(lien);
        var texte = await PdfDeTest.TexteAsync(await agent.GetAsync(lien), pages: 1);
        Assert.Contains(p.Nom, texte, StringComparison.Ordinal);
        Assert.Contains(ChampsPersonne.FormaterDate(invitation.ExpireLe), texte, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", texte, StringComparison.Ordinal);
        Assert.Equal(1, await AuditsAsync("Personne", p.PersonneId.ToString(CultureInfo.InvariantCulture)));

        using var autreDepartement = await Navigateur.ConnecteAsync(App, "agent@37");
        Assert.Equal(HttpStatusCode.NotFound, (await autreDepartement.GetAsync(lien)).StatusCode);
        using var operateur = await Navigateur.ConnecteAsync(App, "operateur@49");
        Administration.Refus.Refuse(await operateur.GetAsync(lien), "operateur@49");
        var autrePersonne = await ParcoursDeTest.CreerAsync(App);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync(lien.Replace($"/personnes/{p.PersonneId}/", $"/personnes/{autrePersonne.PersonneId}/", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(1, await AuditsAsync("Personne", p.PersonneId.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Impression_groupee_reunit_le_dernier_courrier_de_chacun_et_nomme_la_personne_sans_courrier()
    {
        var (a, b, sans) = (await ParcoursDeTest.CreerAsync(App), await ParcoursDeTest.CreerAsync(App), await ParcoursDeTest.CreerAsync(App));
        using var agent = await Navigateur.ConnecteAsync(App, "agent@49");
        await AgirAsync(agent, a, "Inviter");
        await AgirAsync(agent, b, "Inviter");
        var url = $"/cohortes/{FilesDeTravail.Invites.Code}";
        async Task<string> Choix(PersonneSuivie p) => SelectionCohorte.Encoder(p.ParcoursId, (await ParcoursDeTest.LireAsync(App, p.ParcoursId)).Version);

        var reponse = await agent.SoumettreAsync(url,
            [Champ("Saisie.Action", nameof(ActionGroupee.ImprimerCourriers)), Champ("Saisie.Selection", await Choix(a)), Champ("Saisie.Selection", await Choix(b)), Champ("Saisie.Selection", await Choix(sans))]);
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Equal("Impression des courriers : 2 réussis, 1 refusé", page.QuerySelector("#bilan .fr-alert__title")?.TextContent.Trim());
        var refus = Assert.Single(page.QuerySelectorAll("#refusees li")).TextContent;
        Assert.Contains(sans.Nom, refus, StringComparison.Ordinal);
        Assert.Contains(ImpressionCourriers.AucunCourrier, refus, StringComparison.Ordinal);

        Assert.NotNull(page.QuerySelector("#actions-groupees input[name=__RequestVerificationToken]"));
        var formulaire = page.QuerySelector("#telecharger-courriers")!;
        var jeton = formulaire.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.NotNull(jeton);
        var selection = formulaire.QuerySelector("input[name='Saisie.Selection']")!.GetAttribute("value")!;
        var texte = await PdfDeTest.TexteAsync(await agent.PosterAsync(formulaire.GetAttribute("action")!, [Champ("Saisie.Selection", selection)], jeton), pages: 2);
        Assert.Contains(a.Nom, texte, StringComparison.Ordinal);
        Assert.Contains(b.Nom, texte, StringComparison.Ordinal);
        Assert.DoesNotContain(sans.Nom, texte, StringComparison.Ordinal);
        var audit = await App.DansDepartementAsync("49", db => db.Audit.Where(x => x.Objet == "Courriers" && x.Details!.Contains("2 courrier")).CountAsync());
        Assert.Equal(1, audit);
    }

    [Fact]
    public async Task Designation_du_referent_envoie_la_decision_une_seule_fois_par_email_et_prepare_le_courrier()
    {
        var p = await ParcoursDeTest.CreerAsync(App);
        var adresse = $"decision-{Guid.NewGuid():N}@exemple.fr";
        await App.DansDepartementAsync("49", db => db.Personnes.Where(x => x.Id == p.PersonneId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Email, adresse)));
        await Coordonnees.CoordonneesDeTest.ConsentirAsync(App, p.PersonneId);
        var (referentId, structureId) = await ParcoursDeTest.CompteAsync(App, "referent@49.passerelle.test", Role.Referent);
        using var agent = await Navigateur.ConnecteAsync(App, "agent@49");
        await AgirAsync(agent, p, "Proposer", Champ("Type", "Sociale"), Champ("Motif", "Freins de logement"));
        await AgirAsync(agent, p, "Valider");

        var message = await AgirAsync(agent, p, "Designer", Champ("Referent", $"{structureId}|{referentId}"));
        Assert.Contains("Référent désigné", message, StringComparison.Ordinal);
        Assert.Contains("e-mail envoyé ; courrier à imprimer.", message, StringComparison.Ordinal);
        var designation = await App.DansDepartementAsync("49", db => db.Set<DesignationReferent>().AsNoTracking().SingleAsync(d => d.PersonneId == p.PersonneId));
        var referent = await App.DansDepartementAsync("49", db => db.Users.Where(u => u.Id == referentId).Select(u => u.Prenom + " " + u.Nom).SingleAsync());
        var email = Assert.Single(envois.Smtp.RecusPour(adresse));
        Assert.Equal("Décision d'orientation de votre accompagnement", email.Subject);
        Assert.Contains(referent, email.TextBody, StringComparison.Ordinal);
        var structure = await App.DansDepartementAsync("49", db => db.Structures.Where(x => x.Id == structureId).Select(x => x.Nom).SingleAsync());
        Assert.Contains(structure, email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", email.TextBody, StringComparison.Ordinal);

        var encore = await envois.DansDepartementAsync("49", (services, _) => services.GetRequiredService<NotificationsOrientation>().DecisionAsync(designation.Id, CancellationToken.None));
        Assert.Equal("e-mail : déjà envoyé ; courrier : déjà envoyé.", encore);
        Assert.Single(envois.Smtp.RecusPour(adresse));
        var journal = await envois.JournalAsync("49", p.PersonneId);
        Assert.Equal([CanalEnvoi.Courrier, CanalEnvoi.Email], journal.Where(e => e.Cle == $"decision-orientation:{designation.Id}").Select(e => e.Canal).Order());

        var courrier = journal.Single(e => e.Canal == CanalEnvoi.Courrier && e.Cle.StartsWith("decision-orientation:", StringComparison.Ordinal));
        var texte = await PdfDeTest.TexteAsync(await agent.GetAsync($"/personnes/{p.PersonneId}/courriers/{courrier.Id}"), pages: 1);
        Assert.Contains(referent, texte, StringComparison.Ordinal);
    }
}
