using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.EspacePersonnel;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Sorties;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Sorties;

/// <summary>An exit to employment, its 6-month follow-up on the référent's home page, and the beneficiary's own space.</summary>
[Collection(EnvironnementNavigateur.Collection)]
public sealed class SortiesNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Referent_enregistre_une_sortie_en_emploi_puis_son_suivi_a_6_mois()
    {
        // An accompanied person of the demo référent, recorded late: left 6 months and 2 days ago, so the 6-month follow-up is due.
        // Accompanied for long enough that an exit 6 months ago follows the orientation (other tests orient persons today).
        var orienteAvant = HeureDeTest.Aujourdhui.AddMonths(-7);
        var personne = await Application.DansDepartementAsync("49", db => db.Set<Parcours>()
            .Where(p => p.DateCloture == null && p.Etape == EtapeParcours.Accompagne && db.Users.Any(u => u.Id == p.ReferentId && u.Email == "referent@49.passerelle.test"))
            .Where(p => (p.DateOrientation ?? p.DateEntree) < orienteAvant)
            .Where(p => !db.Set<LienEspacePersonnel>().Any(l => l.PersonneId == p.PersonneId))
            .OrderByDescending(p => p.Id).Select(p => new { p.PersonneId, p.Personne!.Nom }).FirstAsync());
        var aujourdhui = HeureDeTest.Aujourdhui;
        await LoginAsync("referent@49");
        await Page.GotoAsync($"/personnes/{personne.PersonneId}");
        var formulaire = Page.Locator("#form-enregistrer");
        await formulaire.GetByLabel("Motif de la sortie").SelectOptionAsync("Emploi");
        await formulaire.GetByLabel("Type de contrat").SelectOptionAsync("Cdd");
        await formulaire.GetByLabel("Durée du contrat (mois)").FillAsync("8");
        await formulaire.GetByLabel("Date de sortie").FillAsync(aujourdhui.AddMonths(-6).AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await formulaire.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la sortie" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Sortie enregistrée (Emploi)");
        await Expect(Page.Locator("#sortie .contrat").First).ToHaveTextAsync("CDD, 8 mois");
        await AssertAccessibleAsync();

        await Page.GotoAsync("/");
        var ligne = Page.Locator("#echeances tbody tr", new() { HasText = personne.Nom });
        await Expect(ligne).ToContainTextAsync("Suivi à 6 mois après la sortie");
        await Page.GotoAsync("/sorties");
        await AssertAccessibleAsync();
        await Page.Locator("#suivis a", new() { HasText = personne.Nom }).ClickAsync();
        var suivi = Page.Locator("form[id^=form-suivi-]").First;
        await suivi.GetByLabel("Situation vis-à-vis de l'emploi").SelectOptionAsync("EmploiDurable");
        await suivi.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le suivi" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Suivi à 6 mois enregistré.");
        await Page.GotoAsync("/");
        await Expect(Page.Locator("#echeances tbody tr", new() { HasText = personne.Nom })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Beneficiaire_voit_son_espace_et_pas_les_pages_professionnelles()
    {
        var (sienne, autre) = await Application.DansDepartementAsync("49", async db =>
        {
            var lien = await db.Set<LienEspacePersonnel>().Where(l => db.Users.Any(u => u.Id == l.UtilisateurId && u.Email == "beneficiaire@49.passerelle.test")).Select(l => l.PersonneId).FirstAsync();
            var autre = await db.Personnes.Where(p => p.Id != lien && p.DossierCourantId != null).Select(p => p.Id).FirstAsync();
            return (lien, autre);
        });
        await LoginAsync("beneficiaire@49");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Mon accompagnement" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Mon référent" })).ToBeVisibleAsync();
        await Expect(Page.Locator("#mon-referent .nom-referent")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        foreach (var url in new[] { $"/personnes/{sienne}", $"/personnes/{autre}", "/sorties" })
        {
            await Page.GotoAsync(url);
            await Expect(Page.Locator("#mon-referent")).ToHaveCountAsync(0);
            Assert.EndsWith("/erreur/403", new Uri(Page.Url).AbsolutePath, StringComparison.Ordinal);
        }
    }
}
