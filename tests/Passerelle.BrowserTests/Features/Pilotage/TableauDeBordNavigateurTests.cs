using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Pilotage;

/// <summary>
/// Drôme's pilot sets this year's target of the PDIE's action 7 (« reçus dans le délai prévu »), opens the action's dashboard
/// and sees the indicator computed live beside it, drills from the département's map into a territoire, enters the number of
/// firms of action 9's network and reads it on that action's dashboard, exports the table; a reader sees aggregates only.
/// </summary>
[Collection(EnvironnementNavigateur.Collection)]
public sealed partial class TableauDeBordNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    private async Task OuvrirFicheAsync(string libelle)
    {
        await Page.GotoAsync("/pilotage/tableau-de-bord");
        await Page.GetByLabel("Niveau du tableau de bord").SelectOptionAsync(new SelectOptionValue { Label = libelle });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Afficher le tableau de bord" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(libelle);
    }

    [Fact]
    public async Task Pilote_de_la_Drome_suit_l_action_7_avec_sa_cible_descend_au_territoire_saisit_l_action_9_le_lecteur_n_a_que_des_agregats()
    {
        await LoginAsync("pilote@26");
        await OuvrirFicheAsync("7 Démarrer rapidement le processus d’insertion");
        var delai = Page.Locator("#indicateurs tr[data-indicateur='ORI-RECUS-DELAI']");
        await Expect(delai.Locator("th")).ToHaveTextAsync("Nombre de bénéficiaires du RSA qui ont été reçus dans le délai prévu");
        await Expect(delai.Locator("td.valeur")).ToHaveTextAsync(ValeurCalculee());
        // The dashboard opens on the application's current year: its target and entries are set for that year.
        var annee = await Page.Locator("#annee").InputValueAsync();
        await delai.Locator("th a").ClickAsync();
        await Page.Locator("#Cible_Annee").FillAsync(annee);
        await Page.Locator("#Cible_Valeur").FillAsync("80");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la cible" }).ClickAsync();
        await Expect(Page.Locator("#cibles")).ToContainTextAsync("80");
        await OuvrirFicheAsync("7 Démarrer rapidement le processus d’insertion");
        await Expect(delai.Locator("td.cible")).ToContainTextAsync("80");
        await Expect(delai.Locator("td.valeur")).ToHaveTextAsync(ValeurCalculee());
        await Expect(Page.Locator("#serie svg[role=img]")).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GotoAsync("/pilotage/tableau-de-bord");
        await Expect(Page.Locator("#carte svg[role=img]")).ToBeVisibleAsync();
        await Expect(Page.Locator("#indicateurs td.valeur a")).ToHaveCountAsync(0);
        await AssertAccessibleAsync();
        var territoire = Page.Locator("#carte-donnees tbody tr a").First;
        var nom = (await Page.Locator("#carte-donnees tbody tr th").First.TextContentAsync())!.Trim();
        await territoire.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Tableau de bord — {nom}");
        await Expect(Page.Locator("#indicateurs tr[data-indicateur='ORI-ORIENTES']")).ToBeVisibleAsync();

        await OuvrirFicheAsync("9 Susciter la création d’un réseau d’entreprises partenaires");
        var reseau = Page.Locator("#indicateurs tr", new() { HasText = "nombre d’entreprises dans le réseau" });
        await reseau.GetByRole(AriaRole.Link, new() { Name = "saisir la valeur" }).ClickAsync();
        await Page.Locator("#Saisie_Periode").SelectOptionAsync(new SelectOptionValue { Label = "Année" });
        await Page.Locator("#Saisie_Annee").FillAsync(annee);
        await Page.Locator("#Saisie_Valeur").FillAsync("14");
        await Page.Locator("#Saisie_Commentaire").FillAsync("Réseau réuni avec la CCI");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la valeur" }).ClickAsync();
        await Expect(Page.Locator("#saisies")).ToContainTextAsync("14");
        await OuvrirFicheAsync("9 Susciter la création d’un réseau d’entreprises partenaires");
        await Expect(reseau.Locator("td.valeur")).ToHaveTextAsync("14");
        var tableur = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Exporter le tableau (XLSX)" }).ClickAsync());
        using (var document = SpreadsheetDocument.Open((await tableur.PathAsync())!, false))
        {
            var textes = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
                .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToArray()).ToList();
            Assert.Contains(textes, l => l[1] == "nombre d’entreprises dans le réseau" && l[2] == "14");
        }
        await LogoutAsync();

        await LoginAsync("lecteur@26");
        await Page.GotoAsync("/pilotage/tableau-de-bord");
        await Expect(Page.Locator("#indicateurs tbody tr").First).ToBeVisibleAsync();
        await Expect(Page.Locator("#indicateurs td.valeur a")).ToHaveCountAsync(0);
        await Page.GotoAsync($"/pilotage/tableau-de-bord/liste?code=ORI-ORIENTES&echelon=departement&du={annee}-01-01&au={annee}-12-31");
        await Expect(Page).ToHaveURLAsync(new Regex("/erreur/403"));
    }

    /// <summary>A count computed live (« 12 (12 sur 15) ») or held back by statistical secrecy — never the dash of a missing value.</summary>
    [GeneratedRegex(@"^(\d[\d\s\u202f]*( \(\d+ sur \d+\))?|secret statistique)$")]
    private static partial Regex ValeurCalculee();
}
