using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Tests.Features.Structures;
using static Microsoft.Playwright.Assertions;
using static Passerelle.BrowserTests.Features.Administration.ParcoursAdministrateur;

namespace Passerelle.BrowserTests.Features.Audit;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class JournalTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Recherche_dans_le_journal_retrouve_les_actions_de_l_administrateur()
    {
        var structure = Unique("Structure journalisée");
        var siret = SiretsDeTest.Nouveau();
        var nom = Unique("Journalisé");
        await LoginAsync("admin@49");
        await OuvrirDepuisLeMenuAsync(Page, "Structures");
        var structureId = await CreerStructureAsync(Page, structure, siret);
        await OuvrirDepuisLeMenuAsync(Page, "Utilisateurs");
        var compteId = await CreerCompteAsync(Page, "Dominique", nom, $"journal-{Guid.NewGuid():N}@exemple.fr", "Opérateur d'action", "Centre de formation Saumurois");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Désactiver le compte" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Le compte est désactivé");

        await OuvrirDepuisLeMenuAsync(Page, "Journal d'audit");
        await AssertAccessibleAsync();

        await RechercherAsync(objet: "Structure", objetId: structureId.ToString(CultureInfo.InvariantCulture));
        var lignes = Journal().GetByRole(AriaRole.Row);
        await Expect(lignes).ToHaveCountAsync(2);
        await Expect(lignes.Nth(1)).ToContainTextAsync("admin@49.passerelle.test");
        await Expect(lignes.Nth(1)).ToContainTextAsync("Création");
        await Expect(lignes.Nth(1)).ToContainTextAsync($"Nom : {structure} ; SIRET : {siret}");
        await AssertAccessibleAsync();

        await RechercherAsync(objet: "Compte", objetId: compteId);
        await Expect(lignes).ToHaveCountAsync(3);
        await Expect(lignes.Nth(1)).ToContainTextAsync("Désactivation");
        await Expect(lignes.Nth(2)).ToContainTextAsync("Création");
        await Expect(lignes.Nth(2)).ToContainTextAsync("Habilitation : Opérateur d'action");
        await Expect(lignes.Nth(1).Locator($"a[href='/administration/utilisateurs/{compteId}']")).ToBeVisibleAsync();

        // The same entries, found as "what did this administrator create today" (the journal's days are Paris days).
        await Champ(Page, "Type d'objet").SelectOptionAsync(new SelectOptionValue { Label = "Tous les objets" });
        await Champ(Page, "Identifiant de l'objet").ClearAsync();
        await Champ(Page, "Action").SelectOptionAsync(new SelectOptionValue { Label = "Création" });
        await Champ(Page, "Utilisateur").FillAsync("admin@49");
        var aujourdhui = Passerelle.Tests.Support.HeureDeTest.Aujourdhui.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Champ(Page, "Du").FillAsync(aujourdhui);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(Journal()).ToContainTextAsync($"Nom : {structure} ;");
        await Expect(Journal().Locator($"a[href='/administration/utilisateurs/{compteId}']")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }

    private ILocator Journal() => Page.GetByRole(AriaRole.Table, new() { Name = "Entrées du journal d'audit" });

    private async Task RechercherAsync(string objet, string objetId)
    {
        await Champ(Page, "Type d'objet").SelectOptionAsync(new SelectOptionValue { Label = objet });
        await Champ(Page, "Identifiant de l'objet").FillAsync(objetId);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("ObjetId=" + Uri.EscapeDataString(objetId)));
    }
}
