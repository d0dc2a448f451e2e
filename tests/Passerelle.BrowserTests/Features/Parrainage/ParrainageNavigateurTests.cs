using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Parrainage;
using static Microsoft.Playwright.Assertions;
using ParrainageSuivi = Passerelle.Web.Features.Parrainage.Parrainage;

namespace Passerelle.BrowserTests.Features.Parrainage;

/// <summary>A person's référent proposes a pairing with the demo mentor; the mentor reads only what was shared, accepts, notes a meeting, and is refused the person's page.</summary>
[Collection(EnvironnementNavigateur.Collection)]
public sealed class ParrainageNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Referent_propose_un_parrainage_le_parrain_lit_le_partage_note_une_rencontre_et_ne_voit_pas_la_personne()
    {
        // A person followed by a référent of 49 (the small demo gives the documented référent few persons), without a pairing yet.
        var personne = await Application.DansDepartementAsync("49", db => db.Set<Parcours>()
            .Where(p => p.DateCloture == null && p.ReferentId != null && !db.Set<ParrainageSuivi>().Any(x => x.PersonneId == p.PersonneId))
            .OrderBy(p => p.Id).Select(p => new { p.PersonneId, p.Personne!.Nom, Referent = db.Users.Where(u => u.Id == p.ReferentId).Select(u => u.Email).First() }).FirstAsync());
        var parrain = await Application.DansDepartementAsync("49", db => db.Set<Parrain>()
            .Where(p => db.Users.Any(u => u.Id == p.UtilisateurId && u.Email == "parrain@49.passerelle.test")).Select(p => p.Id).SingleAsync());
        var objectifs = "Préparer les entretiens " + Guid.NewGuid().ToString("N")[..6];
        await LoginAsync(personne.Referent!);
        await Page.GotoAsync($"/personnes/{personne.PersonneId}");
        var formulaire = Page.Locator("#form-proposer-parrainage");
        await formulaire.GetByLabel("Parrain", new() { Exact = true }).SelectOptionAsync(parrain.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await formulaire.GetByLabel("Objectifs").FillAsync(objectifs);
        await formulaire.Locator("label[for=parrainage-commune]").ClickAsync();
        await formulaire.GetByLabel("Métier visé").FillAsync("Cariste");
        await formulaire.GetByLabel("Message au parrain").FillAsync("Préfère être appelé en fin de matinée.");
        await formulaire.GetByRole(AriaRole.Button, new() { Name = "Proposer le parrainage" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Parrainage proposé");
        await Expect(Page.Locator("#parrainage .parrainage")).ToContainTextAsync("Proposé");
        await AssertAccessibleAsync();
        var id = await Application.DansDepartementAsync("49", db => db.Set<ParrainageSuivi>().Where(p => p.Objectifs == objectifs).Select(p => p.Id).SingleAsync());
        await LogoutAsync();

        await LoginAsync("parrain@49");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Mes filleuls" }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Mes filleuls", Level = 1 })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.Locator($"tr[data-parrainage='{id}'] a").ClickAsync();
        await Expect(Page.Locator("#partage .metier-vise")).ToHaveTextAsync("Cariste");
        await Expect(Page.Locator("#partage .message")).ToHaveTextAsync("Préfère être appelé en fin de matinée.");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(personne.Nom, new() { IgnoreCase = true });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Accepter le parrainage" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Parrainage accepté");
        var formRencontre = Page.Locator("#form-rencontre");
        await formRencontre.GetByLabel("Durée en minutes").FillAsync("75");
        await formRencontre.Locator("#Rencontre_Sujet").FillAsync("Visite d'un entrepôt logistique");
        await formRencontre.GetByRole(AriaRole.Button, new() { Name = "Noter la rencontre" }).ClickAsync();
        await Expect(Page.Locator("#rencontres .rencontre").First).ToContainTextAsync("Visite d'un entrepôt logistique");
        await Expect(Page.Locator("#parrainage .statut")).ToHaveTextAsync(StatutParrainage.EnCours.Libelle());
        await AssertAccessibleAsync();

        await Page.GotoAsync($"/personnes/{personne.PersonneId}");
        Assert.EndsWith("/erreur/403", new Uri(Page.Url).AbsolutePath, StringComparison.Ordinal);
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(personne.Nom, new() { IgnoreCase = true });
        Assert.Equal(1, await Application.DansDepartementAsync("49", db => db.Set<RencontreParrainage>().CountAsync(r => r.ParrainageId == id
            && r.Date == HeureDeTest.Aujourdhui)));
    }
}
