using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;
using static Passerelle.BrowserTests.Features.Administration.ParcoursAdministrateur;

namespace Passerelle.BrowserTests.Features.Administration;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class PagesAdministrationTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Administrateur_parcourt_l_administration_et_les_territoires()
    {
        await LoginAsync("admin@49");
        await OuvrirDepuisLeMenuAsync(Page, "Territoires");
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "vous êtes ici :" }).GetByRole(AriaRole.Link, new() { Name = "Administration" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Administration");
        var rubriques = Page.Locator("#rubriques").GetByRole(AriaRole.Heading, new() { Level = 2 });
        await Expect(rubriques).ToHaveTextAsync(["Territoires", "Structures", "Utilisateurs", "Journal d'audit", "Clés d'API", "Conservation des données", "Délais des prescriptions", "Équipes pluridisciplinaires", "Départements"]);
        await AssertAccessibleAsync();

        await Page.Locator("#rubriques").GetByRole(AriaRole.Link, new() { Name = "Clés d'API" }).ClickAsync();
        await Page.GetByLabel("Nom de la clé").FillAsync("Dépôt de test " + Guid.NewGuid().ToString("N")[..6]);
        // Scopes are chosen one by one; the expiry comes prefilled (90 days).
        await Page.Locator("#portees label").First.ClickAsync();
        await Expect(Page.Locator("#portees").GetByRole(AriaRole.Checkbox).First).ToBeCheckedAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Créer une clé" }).ClickAsync();
        await Expect(Page.Locator("#nouvelle-cle")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^psr_[0-9a-f]{8}_"));
        await AssertAccessibleAsync();
        await Page.GotoAsync("/administration");

        await Page.Locator("#rubriques").GetByRole(AriaRole.Link, new() { Name = "Territoires" }).ClickAsync();
        await Page.GetByLabel("Rechercher par nom de territoire, nom ou code INSEE de commune").FillAsync("49328");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(Page.Locator("#nombre-resultats")).ToHaveTextAsync("1 territoire(s) pour « 49328 »");
        await Page.GetByRole(AriaRole.Table, new() { Name = "Territoires du département" }).GetByRole(AriaRole.Link, new() { Name = "Saumurois" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Territoire « Saumurois »");
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Communes du territoire Saumurois" })).ToContainTextAsync("Saumur");
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Structures qui desservent le territoire Saumurois" })).ToContainTextAsync("Mission locale Saumurois");
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task Nouveau_territoire_errone_affiche_les_erreurs_en_francais()
    {
        await LoginAsync("admin@49");
        await Page.GotoAsync("/administration/territoires");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Créer un territoire" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Créer un territoire");
        await AssertAccessibleAsync();

        await Champ(Page, "Ajouter des communes").FillAsync("Angers");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Créer le territoire" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Le territoire n'a pas été enregistré");
        await Expect(Champ(Page, "Nom du territoire")).ToHaveAccessibleDescriptionAsync("Saisissez le nom du territoire.");
        await Expect(Champ(Page, "Ajouter des communes")).ToHaveAccessibleDescriptionAsync(
            "La commune Angers (49007) est déjà rattachée au territoire « Angers Loire Métropole ».");
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task Administrateur_de_la_plateforme_consulte_les_departements()
    {
        await LoginAsync("admin@49");
        await OuvrirDepuisLeMenuAsync(Page, "Départements");
        var departements = Page.GetByRole(AriaRole.Table, new() { Name = "Départements ouverts sur la plateforme" });
        await Expect(departements).ToContainTextAsync("Maine-et-Loire");
        await Expect(departements).ToContainTextAsync("Indre-et-Loire");
        await AssertAccessibleAsync();
    }
}
