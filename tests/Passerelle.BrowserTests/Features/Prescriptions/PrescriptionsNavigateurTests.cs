using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Tests.Features.Offre;
using Passerelle.Web.Features.Referents;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Prescriptions;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class PrescriptionsNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Referent_prescrit_une_action_de_mobilite_l_operateur_accepte_fait_entrer_pointe_et_sort_en_emploi_durable()
    {
        var nom = "Location solidaire " + Guid.NewGuid().ToString("N")[..6];
        var action = await PublierActionAsync(nom, "Accéder à un véhicule", "Saumur", 8);
        var personne = await Application.DansDepartementAsync("49", db =>
            db.Set<DesignationReferent>().Where(d => d.DateFin == null && db.Users.Any(u => u.Id == d.ReferentId && u.Email == "referent@49.passerelle.test"))
                .OrderBy(d => d.PersonneId).Select(d => d.PersonneId).FirstAsync());

        await LoginAsync("referent@49");
        await Page.GotoAsync($"/personnes/{personne}");
        await Page.Locator("#chercher-action").ClickAsync();
        await Page.GetByLabel("Frein à lever").SelectOptionAsync("mobilite");
        await Page.GetByLabel("Commune de la personne").FillAsync("Saumur");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Chercher dans l'offre" }).ClickAsync();
        var carte = Page.Locator("#cartes-offre .fr-card").Filter(new() { HasText = nom });
        await Expect(carte).ToContainTextAsync("(dans la commune)");
        await Expect(carte).ToContainTextAsync("8 place(s) libre(s) sur 8 financée(s)");
        await carte.GetByRole(AriaRole.Link, new() { Name = nom }).ClickAsync();
        await Page.Locator("#prescrire").ClickAsync();
        await Page.GetByLabel("Motif de la prescription").FillAsync("Pas de véhicule pour se rendre aux entretiens d'embauche.");
        await Page.GetByLabel("Téléphone").CheckAsync(new() { Force = true });
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer la prescription" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Prescription envoyée");
        await Expect(Page.Locator("#prescriptions")).ToContainTextAsync(nom);
        await LogoutAsync();

        await LoginAsync("operateur@49");
        await Page.GotoAsync($"/prescriptions?actionId={action}");
        await Page.Locator("#prescriptions tbody a").First.ClickAsync();
        await Expect(Page.Locator("#partage")).ToContainTextAsync("Téléphone");
        await Expect(Page.Locator("#partage")).Not.ToContainTextAsync("Date de naissance");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Accepter" }).ClickAsync();
        await Expect(Page.Locator("#statut-prescription")).ToHaveTextAsync("Acceptée");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'entrée" }).ClickAsync();
        await Expect(Page.Locator("#statut-prescription")).ToHaveTextAsync("Entrée dans l'action");
        var fiche = Page.Url;

        await Page.GotoAsync($"/prescriptions/presences?action={action}");
        await Page.Locator("#form-presences input[value=Present]").First.CheckAsync(new() { Force = true });
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les présences" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Présences du");

        await Page.GotoAsync(fiche);
        await Page.GetByLabel("Type de sortie").SelectOptionAsync("EmploiDurable");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la sortie" }).ClickAsync();
        await Expect(Page.Locator("#sortie")).ToContainTextAsync("Emploi durable");
        await Expect(Page.Locator("#prescription")).ToContainTextAsync("1 jour(s) présent");

        // The operator's indicators for the action now count the participant, their day of presence and their exit.
        await Page.GotoAsync($"/offre/indicateurs?Filtre.Par=action&Filtre.ActionId={action}");
        await Expect(Page.Locator($"#activite-{action} .accompagnees")).ToHaveTextAsync("1");
        await Expect(Page.Locator($"#activite-{action} .journees")).ToContainTextAsync("1 / ");
        await Expect(Page.Locator($"#activite-{action} .occupation")).Not.ToHaveTextAsync("non calculé");
        await Expect(Page.Locator($"#sorties-{action} .emploi-durable")).ToContainTextAsync("1 (100");
        await AssertAccessibleAsync();

        // The published offer, read anonymously as any partner does, is valid data·inclusion v1 and lists the action.
        var export = await Page.APIRequest.GetAsync("/api/v1/public/49/data-inclusion/services");
        using var services = JsonDocument.Parse(await export.TextAsync());
        Assert.Empty(DataInclusionTests.Erreurs(services.RootElement, "service"));
        Assert.Contains(services.RootElement.EnumerateArray(), s => s.GetProperty("nom").GetString() == nom);
    }
}
