using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Administration;

/// <summary>
/// What an administrator does again and again in the administration pages (open a section from
/// the menu, fill the structure and account forms), written once for the tests that need it.
/// </summary>
public static partial class ParcoursAdministrateur
{
    public const string MotDePasseInitial = "Passerelle-Essai-2026!";

    /// <summary>Opens the "Administration" drop-down of the main menu and follows one of its links.</summary>
    public static async Task OuvrirDepuisLeMenuAsync(IPage page, string rubrique)
    {
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
        var administration = menu.GetByRole(AriaRole.Button, new() { Name = "Administration" });
        // The drop-down works once DSFR's script has wired it (it marks the button); a click before opens nothing.
        await Expect(administration).ToHaveAttributeAsync("data-fr-js-collapse-button", "true");
        await administration.ClickAsync();
        await Expect(administration).ToHaveAttributeAsync("aria-expanded", "true");
        await menu.GetByRole(AriaRole.Link, new() { Name = rubrique, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(rubrique);
    }

    /// <summary>
    /// A form field by its label as users read it: the label's text also holds the required mark
    /// and the hint (which starts with a capital or a digit), so "Adresse" is not "Adresse électronique".
    /// Playwright matches the label's raw text, line breaks of the markup included.
    /// </summary>
    public static ILocator Champ(IPage page, string libelle) =>
        page.GetByLabel(new Regex(@"^\s*" + Regex.Escape(libelle) + @"(\s*\*)?(\s*[A-ZÀ-Ý0-9][\s\S]*)?\s*$"));

    /// <summary>Fills the new-structure form (the page must be on it) without submitting.</summary>
    public static async Task RemplirStructureAsync(IPage page, string nom, string siret, string commune, string territoire)
    {
        await Champ(page, "Nom").FillAsync(nom);
        await Champ(page, "Type de structure").SelectOptionAsync(new SelectOptionValue { Label = "Mission locale" });
        await Champ(page, "SIRET").FillAsync(siret);
        await Champ(page, "Adresse").FillAsync("12 rue des Essais");
        await Champ(page, "Commune").FillAsync(commune);
        await Champ(page, "Téléphone").FillAsync("02 41 00 00 00");
        await CocherTerritoireAsync(page, territoire);
    }

    /// <summary>DSFR draws the checkbox over its label: users click the label, and so does the test.</summary>
    public static async Task CocherTerritoireAsync(IPage page, string territoire)
    {
        var desservis = page.GetByRole(AriaRole.Group, new() { Name = "Territoires desservis" });
        await desservis.Locator("label").GetByText(territoire, new() { Exact = true }).ClickAsync();
        await Expect(desservis.GetByRole(AriaRole.Checkbox, new() { Name = territoire, Exact = true })).ToBeCheckedAsync();
    }

    /// <summary>Creates a structure of Angers through the form, from the structures list; returns its id.</summary>
    public static async Task<int> CreerStructureAsync(IPage page, string nom, string siret)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Créer une structure" }).ClickAsync();
        await RemplirStructureAsync(page, nom, siret, "Angers", "Angers Loire Métropole");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la structure" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"La structure « {nom} » a été créée.");
        return int.Parse(IdentifiantRegex().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Fills the new-account form (the page must be on it) without submitting.</summary>
    public static async Task RemplirCompteAsync(IPage page, string prenom, string nom, string email, string role, string structure)
    {
        await Champ(page, "Prénom").FillAsync(prenom);
        await Champ(page, "Nom").FillAsync(nom);
        await Champ(page, "Adresse électronique").FillAsync(email);
        await Champ(page, "Mot de passe initial").FillAsync(MotDePasseInitial);
        await Champ(page, "Rôle").SelectOptionAsync(new SelectOptionValue { Label = role });
        await Champ(page, "Structure").SelectOptionAsync(new SelectOptionValue { Label = structure });
    }

    /// <summary>Creates an account with a first habilitation through the form, from the users list; returns its id.</summary>
    public static async Task<string> CreerCompteAsync(IPage page, string prenom, string nom, string email, string role, string structure)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Créer un compte" }).ClickAsync();
        await RemplirCompteAsync(page, prenom, nom, email, role, structure);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le compte" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Le compte de {prenom} {nom} est créé.");
        return IdentifiantRegex().Match(page.Url).Groups[1].Value;
    }

    /// <summary>A name no other test (nor the demo data) uses.</summary>
    public static string Unique(string debut) => $"{debut} {Guid.NewGuid().ToString("N")[..8]}";

    [GeneratedRegex(@"/administration/(?:structures|utilisateurs)/([^/?#]+)")]
    private static partial Regex IdentifiantRegex();
}
