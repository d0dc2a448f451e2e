using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Contrats;
using Passerelle.Web.Features.Orientation;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Contrats;

/// <summary>
/// A person oriented and followed gets a CER written by their référent, validated by the département's
/// agent, downloaded as a PDF that says what was agreed; ending within two months, it alerts the référent.
/// </summary>
[Collection(EnvironnementNavigateur.Collection)]
public sealed class ContratsNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Referent_etablit_un_cer_l_agent_le_valide_le_pdf_le_dit_et_son_echeance_alerte_le_referent()
    {
        // A person entering the RSA, not yet invited: the agent orients them and gives them to the demo référent.
        var personne = await Application.DansDepartementAsync("49", db => db.Set<Parcours>()
            .Where(p => p.DateCloture == null && p.Etape == EtapeParcours.AInviter && p.Public == Parcours.PublicRsa
                && p.Personne!.SoumisDroitsDevoirs && p.Personne.RoleCourant == "DEM")
            .OrderByDescending(p => p.Id).Select(p => new { p.PersonneId, p.Personne!.Nom }).FirstAsync());
        var debut = HeureDeTest.Aujourdhui.AddMonths(-5).AddDays(1);
        var jour = debut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await LoginAsync("agent@49");
        await Page.GotoAsync($"/personnes/{personne.PersonneId}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Proposer une orientation" }).ClickAsync();
        var proposition = Page.Locator("#form-proposer");
        await proposition.GetByLabel("Type d'orientation").SelectOptionAsync(nameof(TypeOrientation.Sociale));
        await proposition.GetByLabel("Motif").FillAsync("Logement et mobilité à stabiliser d'abord");
        await proposition.GetByRole(AriaRole.Button, new() { Name = "Proposer" }).ClickAsync();
        await Page.Locator("#decision-orientation").GetByRole(AriaRole.Button, new() { Name = "Valider l'orientation" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Désigner le référent unique", Exact = true }).ClickAsync();
        var designation = Page.Locator("#form-designer");
        var choix = await designation.Locator("option", new() { HasText = "RÉFÉRENT Denis" }).First.GetAttributeAsync("value");
        await designation.GetByLabel("Référent (par structure").SelectOptionAsync(choix!);
        await designation.GetByRole(AriaRole.Button, new() { Name = "Désigner" }).ClickAsync();
        await Expect(Page.Locator("#etape")).ToHaveTextAsync("Accompagné");
        await LogoutAsync();

        await LoginAsync("referent@49");
        await Page.GotoAsync($"/personnes/{personne.PersonneId}");
        await Page.Locator("#nouveau-contrat").ClickAsync();
        var formulaire = Page.Locator("#form-contrat");
        await formulaire.GetByLabel("Date de début").FillAsync(jour);
        await formulaire.GetByLabel("Durée", new() { Exact = true }).SelectOptionAsync("6");
        await formulaire.GetByLabel("Engagements de la personne").FillAsync("Se présenter aux ateliers de mobilité et rechercher un logement adapté.");
        await formulaire.GetByLabel("Signé le").FillAsync(jour);
        await formulaire.GetByLabel("Signé à").FillAsync("Angers");
        await AssertAccessibleAsync();
        await formulaire.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le contrat" }).ClickAsync();
        Assert.Equal("", await Page.Locator("#erreurs-contrat").AllInnerTextsAsync() is [var erreur, ..] ? erreur : "");
        await Expect(Page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await Expect(Page.Locator("#resume-contrat")).ToContainTextAsync("Angers");
        await AssertAccessibleAsync();
        await LogoutAsync();

        await LoginAsync("agent@49");
        await Page.GotoAsync($"/personnes/{personne.PersonneId}");
        var ligne = Page.Locator("#contrats tbody tr").First;
        await Expect(ligne.Locator(".statut-contrat")).ToContainTextAsync("(E)");
        await ligne.GetByRole(AriaRole.Button, new() { Name = "Valider le contrat" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await Expect(Page.Locator("#contrats tbody tr").First.Locator(".statut-contrat")).ToContainTextAsync("(V)");
        await AssertAccessibleAsync();

        await Page.Locator("#contrats tbody tr").First.GetByRole(AriaRole.Link).First.ClickAsync();
        var telechargement = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("#document-contrat").ClickAsync());
        using (var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await telechargement.PathAsync())!)))
        {
            var texte = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.Contains(personne.Nom, texte, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Angers", texte, StringComparison.Ordinal);
            Assert.Contains("ateliers de mobilité", texte, StringComparison.Ordinal);
        }
        await LogoutAsync();

        // Ends in about a month: within the two months' alert of the national rules.
        await LoginAsync("referent@49");
        await Expect(Page.Locator("#fins-de-contrats")).ToBeVisibleAsync();
        await Page.GotoAsync($"/personnes/{personne.PersonneId}");
        await Expect(Page.Locator(".alerte-echeance-contrat")).ToContainTextAsync("renouvellement");
    }
}
