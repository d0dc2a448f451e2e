using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Pilotage;

/// <summary>
/// Drôme's pilot opens the 2019 evaluation report of the PDIE, writes the appraisal of action 9 and downloads the report as a
/// workbook and as a PDF, both checked for content; a reader reads the same report without any form.
/// </summary>
[Collection(EnvironnementNavigateur.Collection)]
public sealed class EvaluationNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Pilote_de_la_Drome_apprecie_l_action_9_et_exporte_le_rapport_du_PDIE_le_lecteur_le_lit()
    {
        var appreciation = $"Réseau d'entreprises lancé avec la CCI en juin ({Guid.NewGuid():N})"[..60];
        await LoginAsync("pilote@26");
        await Page.GotoAsync("/pilotage/evaluation");
        await AssertAccessibleAsync();
        await Page.Locator("#programmes-evaluation tr", new() { HasText = "insertion vers l’emploi" }).GetByRole(AriaRole.Link, new() { Name = "Rapport 2019", Exact = false }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rapport d'évaluation 2019");
        var action9 = Page.Locator("section", new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = "9 — Susciter la création d’un réseau d’entreprises partenaires" }) });
        await Expect(action9.Locator("tbody tr")).ToHaveCountAsync(3);
        await action9.GetByLabel("Appréciation 2019 de la fiche 9").FillAsync(appreciation);
        await action9.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'appréciation" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Appréciation 2019 enregistrée.");
        await AssertAccessibleAsync();

        var tableur = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("#export-xlsx").ClickAsync());
        using (var document = SpreadsheetDocument.Open((await tableur.PathAsync())!, false))
        {
            var lignes = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
                .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToArray()).ToList();
            Assert.Contains(lignes, l => l[0] == "9" && l[3] == "nombre d’entreprises dans le réseau" && l[11] == appreciation);
            Assert.Contains(lignes, l => l[0] == "7" && l[3] == "Nombre de bénéficiaires du RSA qui ont été reçus dans le délai prévu");
        }
        var pdf = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("#export-pdf").ClickAsync());
        using (var document = PdfDocument.Open(await File.ReadAllBytesAsync((await pdf.PathAsync())!)))
        {
            var texte = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Rapport d'évaluation 2019", texte, StringComparison.Ordinal);
            Assert.Contains("Susciter la création d’un réseau d’entreprises partenaires", texte, StringComparison.Ordinal);
            Assert.Contains(appreciation, texte, StringComparison.Ordinal);
        }
        await LogoutAsync();

        await LoginAsync("lecteur@26");
        await Page.GotoAsync("/pilotage/evaluation");
        await Page.Locator("#programmes-evaluation tr", new() { HasText = "insertion vers l’emploi" }).GetByRole(AriaRole.Link, new() { Name = "Rapport 2019", Exact = false }).ClickAsync();
        await Expect(Page.Locator("section", new() { HasText = "Susciter la création" }).Locator(".appreciation")).ToHaveTextAsync(appreciation);
        await Expect(Page.Locator(".form-appreciation")).ToHaveCountAsync(0);
        await AssertAccessibleAsync();
    }
}
