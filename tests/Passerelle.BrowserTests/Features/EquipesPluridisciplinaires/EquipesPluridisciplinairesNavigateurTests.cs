using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Features.Orientation;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.EquipesPluridisciplinaires;

/// <summary>
/// From the person oriented 60 days ago without contract to the notified reduction and its appeal: reminder, detection
/// queue, agenda of a session, members convened, session held with quorum, opinion, decision, letter; and the EP member
/// who reads their session without any NIR and is refused another session.
/// </summary>
[Collection(EnvironnementNavigateur.Collection)]
public sealed partial class EquipesPluridisciplinairesNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Personne_sans_contrat_relancee_proposee_examinee_sanctionnee_notifiee_puis_recours_et_membre_limite_a_sa_seance()
    {
        var personne = await OrienteeIlYA61JoursAsync();

        await LoginAsync("agent@49");
        await Page.GotoAsync("/ep/detection?critere=sans-contrat");
        await Page.Locator($"#choix-{personne.PersonneId}").CheckAsync(new() { Force = true });
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer une relance" }).ClickAsync();
        await Expect(Page.Locator("#bilan")).ToContainTextAsync("1 réussi");

        var seance = await NouvelleSeanceAsync();
        var autreSeance = await NouvelleSeanceAsync();
        await Page.GotoAsync("/ep/detection?critere=sans-contrat");
        await Page.Locator($"#choix-{personne.PersonneId}").CheckAsync(new() { Force = true });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Proposer en équipe pluridisciplinaire", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#bilan")).ToContainTextAsync("1 réussi");
        var dossier = await Application.DansDepartementAsync("49", db => db.Set<DossierEp>()
            .Where(d => d.PersonneId == personne.PersonneId).Select(d => new { d.Id, d.SeanceEpId }).SingleAsync());
        if (dossier.SeanceEpId != seance)
        {
            // Proposed onto the first created session of the EP: put it on ours from the session page.
            await Page.GotoAsync($"/ep/seances/{dossier.SeanceEpId}");
            await Page.Locator($"#ligne-dossier-{dossier.Id}").GetByRole(AriaRole.Button, new() { Name = "Retirer" }).ClickAsync();
            await Page.GotoAsync($"/ep/seances/{seance}");
            await Page.Locator($"label[for='inscrire-{dossier.Id}']").ClickAsync();
            await Page.GetByRole(AriaRole.Button, new() { Name = "Inscrire à l'ordre du jour" }).ClickAsync();
        }

        await Page.GotoAsync($"/ep/seances/{seance}");
        await Expect(Page.Locator($"#ligne-dossier-{dossier.Id}")).ToContainTextAsync(personne.Nom, new() { IgnoreCase = true });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Arrêter l'ordre du jour" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Convoquer les membres" }).ClickAsync();
        await Expect(Page.Locator("#statut-seance")).ToHaveTextAsync("Membres convoqués");
        // Ten days later, the session's day: it started an hour ago.
        await Application.DansDepartementAsync("49", db => db.Set<SeanceEp>().Where(s => s.Id == seance)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Debut, HeureDeTest.MaintenantUtc.AddHours(-1))));
        await Page.ReloadAsync();
        var tenue = Page.Locator("#form-tenue");
        foreach (var fonction in new[] { "Professionnel de l'insertion", "Représentant du Département", "Représentant de France Travail" })
            await tenue.GetByText(fonction).ClickAsync();
        await AssertAccessibleAsync();
        await tenue.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les présences et tenir la séance" }).ClickAsync();
        await Expect(Page.Locator("#quorum")).ToContainTextAsync("atteint");
        var avis = Page.Locator($"#form-avis-{dossier.Id}");
        await avis.GetByLabel("Avis").SelectOptionAsync(nameof(TypeDecisionEp.Reduction));
        await avis.GetByLabel("Motivation").FillAsync("Aucun contrat malgré la relance ; la personne ne s'est pas manifestée.");
        await avis.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'avis" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Terminer les avis" }).ClickAsync();
        await Expect(Page.Locator("#statut-seance")).ToHaveTextAsync("Avis rendus");

        await MembreLitSaSeanceSansNirEtPasUneAutreAsync(seance, autreSeance, personne.Nom);

        // The month the person had for observations has passed since the information letter.
        await Application.DansDepartementAsync("49", db => db.Set<DossierEp>().Where(d => d.Id == dossier.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.DateInformation, HeureDeTest.Aujourdhui.AddDays(-32))));
        await LoginAsync("agent@49");
        await Page.GotoAsync($"/ep/dossiers/{dossier.Id}");
        var decision = Page.Locator("#form-decision");
        await decision.GetByLabel("Décision").SelectOptionAsync(nameof(TypeDecisionEp.Reduction));
        await decision.Locator("#montant").FillAsync("100");
        await decision.Locator("#duree").FillAsync("1");
        await decision.Locator("#motivation").FillAsync("Aucun contrat d'engagements signé plus de deux mois après l'orientation, malgré une relance.");
        await AssertAccessibleAsync();
        await decision.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
        await Expect(Page.Locator("#decision")).ToContainTextAsync("Réduction du RSA");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Notifier la décision à la personne" }).ClickAsync();
        var lien = await Page.Locator("#courrier-notification").GetAttributeAsync("href");
        var pdf = await Page.Context.APIRequest.GetAsync(lien!);
        Assert.Equal(200, pdf.Status);
        using (var document = PdfDocument.Open(await pdf.BodyAsync()))
        {
            var texte = string.Join(" ", document.GetPages().Select(p => p.Text));
            Assert.Contains(personne.Nom, texte, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Réduction du RSA", texte, StringComparison.Ordinal);
            Assert.Contains("100,00", texte, StringComparison.Ordinal);
            Assert.Contains("L262-47", texte, StringComparison.Ordinal);
            Assert.Contains("tribunal administratif", texte, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Directrice de l'insertion", texte, StringComparison.Ordinal);
        }

        var recours = Page.Locator("#form-recours");
        await recours.GetByLabel("Type de recours").SelectOptionAsync(nameof(Passerelle.Web.Features.EquipesPluridisciplinaires.TypeRecours.Gracieux));
        await recours.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le recours" }).ClickAsync();
        await Expect(Page.Locator("table#recours")).ToContainTextAsync("Recours administratif préalable");
        await Expect(Page.Locator("table#recours")).ToContainTextAsync("En cours");
        await AssertAccessibleAsync();
    }

    private async Task MembreLitSaSeanceSansNirEtPasUneAutreAsync(int seance, int autreSeance, string nom)
    {
        await LogoutAsync();
        await LoginAsync("membre-ep@49");
        await Page.GotoAsync($"/ep/seances/{seance}");
        var texte = await Page.Locator("main").InnerTextAsync();
        Assert.Contains(nom, texte, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(Nir(), texte);
        Assert.Equal(0, await Page.Locator("form[action*='handler=']").CountAsync());
        await AssertAccessibleAsync();
        var refus = await Page.GotoAsync($"/ep/seances/{autreSeance}");
        Assert.Equal(404, refus!.Status);
        Assert.Equal(404, (await Page.Context.APIRequest.GetAsync($"/api/v1/ep/seances/{autreSeance}")).Status);
        await LogoutAsync();
    }

    private async Task<int> NouvelleSeanceAsync()
    {
        await Page.GotoAsync("/ep/seances/nouvelle");
        var formulaire = Page.Locator("#form-seance");
        await formulaire.GetByLabel("Équipe pluridisciplinaire").SelectOptionAsync(new SelectOptionValue { Label = "Équipe pluridisciplinaire départementale" });
        await formulaire.GetByLabel("Jour").FillAsync(HeureDeTest.Aujourdhui.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await formulaire.GetByLabel("Heure").FillAsync("09:30");
        await formulaire.GetByLabel("Lieu").FillAsync("Hôtel du Département, salle 2");
        await formulaire.GetByRole(AriaRole.Button, new() { Name = "Créer la séance" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(SeanceUrl());
        return int.Parse(SeanceUrl().Match(Page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>A person entering the RSA, oriented by the agent through the person page, whose orientation is then dated 61 days back.</summary>
    private async Task<(int PersonneId, string Nom)> OrienteeIlYA61JoursAsync()
    {
        var personne = await Application.DansDepartementAsync("49", db => db.Set<Parcours>()
            .Where(p => p.DateCloture == null && p.Etape == EtapeParcours.AInviter && p.Public == Parcours.PublicRsa
                && p.Personne!.SoumisDroitsDevoirs && p.Personne.RoleCourant == "DEM")
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.PersonneId, p.Personne!.Nom }).FirstAsync());
        await LoginAsync("agent@49");
        await Page.GotoAsync($"/personnes/{personne.PersonneId}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Proposer une orientation" }).ClickAsync();
        var proposition = Page.Locator("#form-proposer");
        await proposition.GetByLabel("Type d'orientation").SelectOptionAsync(nameof(TypeOrientation.Sociale));
        await proposition.GetByLabel("Motif").FillAsync("Situation sociale à stabiliser avant l'emploi");
        await proposition.GetByRole(AriaRole.Button, new() { Name = "Proposer" }).ClickAsync();
        await Page.Locator("#decision-orientation").GetByRole(AriaRole.Button, new() { Name = "Valider l'orientation" }).ClickAsync();
        await LogoutAsync();
        await Application.DansDepartementAsync("49", db => db.Set<Parcours>().Where(p => p.Id == personne.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.DateOrientation, HeureDeTest.Aujourdhui.AddDays(-61))));
        return (personne.PersonneId, personne.Nom);
    }

    [GeneratedRegex(@"/ep/seances/(\d+)$")]
    private static partial Regex SeanceUrl();

    /// <summary>A NIR, 13 or 15 digits, spaced or not.</summary>
    [GeneratedRegex(@"\b[12]\s?\d{2}\s?\d{2}\s?(\d{2}|2A|2B)\s?\d{3}\s?\d{3}(\s?\d{2})?\b")]
    private static partial Regex Nir();
}
