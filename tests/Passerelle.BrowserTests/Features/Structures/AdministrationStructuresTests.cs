using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Tests.Features.Structures;
using static Microsoft.Playwright.Assertions;
using static Passerelle.BrowserTests.Features.Administration.ParcoursAdministrateur;

namespace Passerelle.BrowserTests.Features.Structures;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class AdministrationStructuresTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Administrateur_cree_une_structure_depuis_le_menu_et_la_retrouve_dans_la_liste()
    {
        var nom = Unique("Mission locale d'essai");
        var siret = SiretsDeTest.Nouveau();
        await LoginAsync("admin@49");

        await OuvrirDepuisLeMenuAsync(Page, "Structures");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Créer une structure" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Créer une structure");
        await AssertAccessibleAsync();

        await RemplirStructureAsync(Page, nom, SiretsDeTest.AvecEspaces(siret), "Angers", "Angers Loire Métropole");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Créer la structure" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"La structure « {nom} » a été créée.");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(nom);
        await Expect(Page.Locator("#etat")).ToHaveTextAsync("Active");
        await Expect(Page.Locator("#identite")).ToContainTextAsync("Mission locale");
        await Expect(Page.Locator("#identite")).ToContainTextAsync(siret);
        await Expect(Page.Locator("#coordonnees")).ToContainTextAsync("12 rue des Essais");
        await Expect(Page.Locator("#coordonnees")).ToContainTextAsync("Angers (INSEE 49007)");
        await Expect(Page.Locator("#territoires-desservis")).ToHaveTextAsync("Angers Loire Métropole");
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "vous êtes ici :" }).GetByRole(AriaRole.Link, new() { Name = "Structures" }).ClickAsync();
        await Page.GetByRole(AriaRole.Search).GetByLabel("Nom, SIRET ou commune").FillAsync(siret);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await Expect(Page.Locator("#nombre-resultats")).ToHaveTextAsync("1 structure(s)");
        var ligne = Page.GetByRole(AriaRole.Table, new() { Name = "Structures du département" }).GetByRole(AriaRole.Row).Nth(1);
        await Expect(ligne).ToContainTextAsync(nom);
        await Expect(ligne).ToContainTextAsync("Angers");
        await Expect(ligne).ToContainTextAsync("Active");
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task Formulaire_errone_est_reaffiche_avec_les_erreurs_en_francais_et_ne_cree_rien()
    {
        var nom = Unique("Structure refusée");
        var siret = SiretsDeTest.AvecMauvaiseCle(SiretsDeTest.Nouveau());
        await LoginAsync("admin@49");
        await Page.GotoAsync("/administration/structures/nouvelle");

        await Champ(Page, "SIRET").FillAsync(siret);
        await Champ(Page, "Commune").FillAsync("Atlantide");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Créer la structure" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("La structure n'a pas été enregistrée");
        await Expect(Champ(Page, "Nom")).ToHaveAccessibleDescriptionAsync("Saisissez le nom de la structure.");
        await Expect(Champ(Page, "Type de structure")).ToHaveAccessibleDescriptionAsync("Choisissez le type de structure.");
        await Expect(Champ(Page, "SIRET")).ToHaveAccessibleDescriptionAsync("Le SIRET est invalide : sa clé de contrôle ne correspond pas.");
        await Expect(Champ(Page, "SIRET")).ToHaveValueAsync(siret);
        await Expect(Champ(Page, "Adresse")).ToHaveAccessibleDescriptionAsync("Saisissez l'adresse (numéro et voie).");
        await Expect(Champ(Page, "Commune")).ToHaveAccessibleDescriptionAsync(
            "Aucune commune « Atlantide » dans le département : vérifiez l'orthographe ou saisissez le code INSEE.");
        await Expect(Champ(Page, "Commune")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.GetByRole(AriaRole.Group, new() { Name = "Territoires desservis" })).ToContainTextAsync("Choisissez au moins un territoire desservi.");
        await AssertAccessibleAsync();

        // Once the rest is right, a commune of another département is still refused.
        await RemplirStructureAsync(Page, nom, SiretsDeTest.Nouveau(), "37261", "Saumurois");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Créer la structure" }).ClickAsync();
        await Expect(Champ(Page, "Commune")).ToHaveAccessibleDescriptionAsync("La commune Tours (37261) n'est pas dans le département.");
        await Expect(Champ(Page, "Nom")).ToHaveValueAsync(nom);
        await Expect(Champ(Page, "Nom")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.GetByRole(AriaRole.Checkbox, new() { Name = "Saumurois", Exact = true })).ToBeCheckedAsync();
        await AssertAccessibleAsync();

        await Page.GotoAsync("/administration/structures?q=" + Uri.EscapeDataString(nom));
        await Expect(Page.Locator("#nombre-resultats")).ToHaveTextAsync("0 structure(s)");
    }
}
