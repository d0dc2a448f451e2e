using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Employeurs;
using Passerelle.Web.Features.OffresEmploi;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Sorties;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform.Securite;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.OffresEmploi;

/// <summary>From an employer's offer to a closed parcours: capture, publication to the référent, proposal, hire, exit confirmed.</summary>
[Collection(EnvironnementNavigateur.Collection)]
public sealed class OffresEmploiNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Offre_captee_par_le_charge_pourvue_par_une_personne_du_referent_dont_la_sortie_en_emploi_clot_le_parcours()
    {
        const string referent = "referent@49.passerelle.test";
        var aujourdhui = HeureDeTest.Aujourdhui;
        var (employeur, commune) = await Application.DansDepartementAsync("49", async db =>
        {
            var employeur = await db.Set<Employeur>().OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
            var structures = db.Habilitations.Where(h => h.Role == Role.Referent && db.Users.Any(u => u.Id == h.UtilisateurId && u.Email == referent)).Select(h => h.StructureId);
            var territoires = db.Set<StructureTerritoire>().Where(t => structures.Contains(t.StructureId)).Select(t => t.TerritoireId);
            var commune = await db.Set<TerritoireCommune>().Where(t => territoires.Contains(t.TerritoireId)).OrderBy(t => t.CodeInsee).Select(t => t.CodeInsee).FirstAsync();
            return (employeur, commune);
        });
        // A new person, oriented by the agent to the demo référent: closing their parcours takes nothing from the other tests.
        var personne = await ParcoursDeTest.CreerAsync(Application);
        var (referentId, structureId) = await ParcoursDeTest.CompteAsync(Application, referent, Role.Referent);
        await LoginAsync("agent@49");
        await Page.GotoAsync($"/personnes/{personne.PersonneId}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Proposer une orientation" }).ClickAsync();
        var proposition = Page.Locator("#form-proposer");
        await proposition.GetByLabel("Type d'orientation").SelectOptionAsync(nameof(TypeOrientation.Sociale));
        await proposition.GetByLabel("Motif").FillAsync("Freins de logement");
        await proposition.GetByRole(AriaRole.Button, new() { Name = "Proposer" }).ClickAsync();
        await Page.Locator("#decision-orientation").GetByRole(AriaRole.Button, new() { Name = "Valider l'orientation" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Désigner le référent unique" }).ClickAsync();
        await Page.Locator("#form-designer #Referent").SelectOptionAsync($"{structureId}|{referentId}");
        await Page.Locator("#form-designer").GetByRole(AriaRole.Button, new() { Name = "Désigner" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await LogoutAsync();
        var intitule = "Préparateur de commandes " + Guid.NewGuid().ToString("N")[..6];

        await LoginAsync("charge-entreprise@49");
        await Page.GotoAsync($"/employeurs/{employeur}");
        await Page.Locator("#nouvelle-offre-employeur").ClickAsync();
        await Page.GetByLabel("Intitulé du poste").FillAsync(intitule);
        await Page.GetByLabel("Code ROME du métier").FillAsync("n11");
        await Page.GetByLabel("Type de contrat").SelectOptionAsync("Cdd");
        await Page.GetByLabel("Heures par semaine").FillAsync("35");
        await Page.GetByLabel("Commune du poste").FillAsync(commune);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'offre" }).ClickAsync();
        await Expect(Page.Locator("#rome-erreur")).ToContainTextAsync("une lettre et quatre chiffres");
        await Expect(Page.Locator("#duree-erreur")).ToContainTextAsync("Indiquez la durée du contrat en mois");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Code ROME du métier").FillAsync("n1103");
        await Page.GetByLabel("Durée en mois").FillAsync("9");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'offre" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Offre « {intitule} » enregistrée.");
        await Expect(Page.Locator("#description-offre .rome")).ToContainTextAsync("N1103");
        await AssertAccessibleAsync();
        await LogoutAsync();

        await LoginAsync("referent@49");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Offres d'emploi" }).First.ClickAsync();
        await Page.GetByLabel("Code ROME").FillAsync("N1103");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = intitule }).ClickAsync();
        await Page.Locator("#personne").SelectOptionAsync(personne.PersonneId.ToString(CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Proposer cette personne" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Personne proposée pour l'offre « {intitule} ».");
        await AssertAccessibleAsync();

        var etape = Page.Locator("form[id^=form-etape-]");
        await etape.GetByLabel("Étape").SelectOptionAsync("Acceptee");
        await etape.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'étape" }).ClickAsync();
        await Expect(Page.Locator(".mise .statut")).ToHaveTextAsync("Candidature retenue par l'employeur");
        await etape.GetByLabel("Date de l'entretien").FillAsync(aujourdhui.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await etape.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'étape" }).ClickAsync();
        await Expect(Page.Locator(".mise .statut")).ToHaveTextAsync("Entretien fixé");
        await etape.GetByLabel("Étape").SelectOptionAsync("Embauchee");
        await etape.GetByLabel("Type de contrat de l'embauche").SelectOptionAsync("Cdd");
        await etape.GetByLabel("Durée du contrat en mois").FillAsync("9");
        await etape.GetByLabel("Date de début du contrat").FillAsync(aujourdhui.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await etape.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'étape" }).ClickAsync();
        await Expect(Page.Locator("[id$=-DateDebut-erreur]")).ToContainTextAsync("ne peut précéder la mise en relation");
        await AssertAccessibleAsync();
        await etape.GetByLabel("Étape").SelectOptionAsync("Embauchee");
        await etape.GetByLabel("Type de contrat de l'embauche").SelectOptionAsync("Cdd");
        await etape.GetByLabel("Durée du contrat en mois").FillAsync("9");
        await etape.GetByLabel("Date de début du contrat").FillAsync(aujourdhui.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await etape.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'étape" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("la sortie « Emploi » est proposée");

        await Page.GotoAsync($"/personnes/{personne.PersonneId}");
        await Expect(Page.Locator("#mises-en-relation .statut")).ToContainTextAsync("Embauchée");
        var confirmation = Page.Locator("form[id^=form-qualifier-]");
        await Expect(confirmation.GetByLabel("Type de contrat")).ToHaveValueAsync("Cdd");
        await AssertAccessibleAsync();
        await confirmation.GetByRole(AriaRole.Button, new() { Name = "Confirmer la sortie" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Sortie confirmée (Emploi) : le parcours est clos.");
        await Expect(Page.Locator("#sortie .sortie").First).ToContainTextAsync("Enregistrée");
        await Expect(Page.Locator("#form-enregistrer")).ToHaveCountAsync(0);
        Assert.NotNull(await Application.DansDepartementAsync("49", db => db.Set<Parcours>().Where(p => p.Id == personne.ParcoursId).Select(p => p.DateCloture).SingleAsync()));
    }
}
