using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Pilotage;

/// <summary>
/// Drôme's pilot reads the territorial needs against the offer (map and table, no list of persons) and exports it, then the
/// DREES tables as a workbook; the reader sees the same aggregates without any link to persons.
/// </summary>
[Collection(EnvironnementNavigateur.Collection)]
public sealed class TableauxPilotageNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Pilote_lit_besoins_et_offre_sur_la_carte_exporte_le_tableau_puis_l_enquete_DREES_le_lecteur_n_a_aucun_lien()
    {
        await LoginAsync("pilote@26");
        await Page.GotoAsync("/pilotage/maillage");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("figure.carte-territoires svg[role=img]")).ToBeVisibleAsync();
        Assert.True(await Page.Locator("#tableau-ecarts tbody tr").CountAsync() > 1);
        await Expect(Page.Locator("#tableau-ecarts a")).ToHaveCountAsync(0);
        await AssertAccessibleAsync();
        var csv = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("#exports a[href*='format=csv']").First.ClickAsync());
        var texte = await File.ReadAllTextAsync((await csv.PathAsync())!, Encoding.UTF8);
        Assert.Contains("Territoire", texte.Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("@", texte, StringComparison.Ordinal);

        await Page.GotoAsync("/pilotage/drees");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Tableau 1", Exact = false })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        var tableur = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("#exports").GetByRole(AriaRole.Link, new() { Name = "Tableur (XLSX)", Exact = true }).ClickAsync());
        using (var document = SpreadsheetDocument.Open((await tableur.PathAsync())!, false))
            Assert.True(document.WorkbookPart!.WorksheetParts.Any());
        await LogoutAsync();

        await LoginAsync("lecteur@26");
        await Page.GotoAsync("/pilotage/maillage");
        await Expect(Page.Locator("figure.carte-territoires svg[role=img]")).ToBeVisibleAsync();
        await Expect(Page.Locator("#tableau-ecarts a, #tableau-detail a")).ToHaveCountAsync(0);
        await AssertAccessibleAsync();
    }
}
