using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Dossiers;

public sealed class ExportDossiersTests(Application app) : IClassFixture<Application>
{
    private const string Injection = "=cmd|' /C calc'!A0";

    /// <summary>More persons than one page holds, one of them named like a formula (as a hostile flux could write it).</summary>
    private async Task<string> PersonnesAsync()
    {
        var nom = NomUnique("EXPORT");
        await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, Injection, new DateOnly(1985, 5, 17), Nir: NirUnique()));
        for (var i = 0; i < 21; i++)
            await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, $"P{i:00}", new DateOnly(1990, 1, 1)));
        return nom;
    }

    [Fact]
    public async Task Export_csv_contient_tout_le_resultat_neutralise_et_est_journalise()
    {
        var nom = await PersonnesAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await navigateur.GetAsync($"/dossiers?Filtre.Nom={nom}&format=csv&numero=2");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("text/csv", reponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", reponse.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var texte = Encoding.UTF8.GetString(await reponse.Content.ReadAsByteArrayAsync());
        var lignes = texte.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Nom;Prénoms;Date de naissance;NIR;Rôle;NUMDEMRSA;Commune;Territoire;État du droit;Soumis à droits et devoirs", lignes[0]);
        Assert.Equal(23, lignes.Length);
        Assert.Contains(lignes, l => l.StartsWith($"{nom};'{Injection};17/05/1985;1 85 05 ", StringComparison.Ordinal));
        Assert.DoesNotContain(lignes, l => l.Contains($";{Injection}", StringComparison.Ordinal));
        var audit = await app.DansDepartementAsync("49", db => db.Audit.Where(a => a.Action == "export" && a.Objet == "DossierRsa" && a.Details!.Contains(nom)).ToListAsync());
        Assert.Contains("(csv)", Assert.Single(audit).Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_xlsx_ecrit_du_texte_neutralise_et_est_journalise()
    {
        var nom = await PersonnesAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await navigateur.GetAsync($"/dossiers?Filtre.Nom={nom}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", reponse.Content.Headers.ContentType?.MediaType);
        using var classeur = new MemoryStream(await reponse.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(classeur, false);
        var cellules = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToList();
        Assert.All(cellules, c => Assert.Null(c.CellFormula));
        Assert.All(cellules, c => Assert.Equal(CellValues.InlineString, c.DataType?.Value));
        var lignes = document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString!.InnerText).ToList()).ToList();
        Assert.Equal("Nom", lignes[0][0]);
        Assert.Equal(23, lignes.Count);
        var piegee = Assert.Single(lignes, l => l[1] == "'" + Injection);
        Assert.Equal(nom, piegee[0]);
        Assert.StartsWith("1 85 05 ", piegee[3], StringComparison.Ordinal);
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == "export" && a.Details!.Contains(nom) && a.Details.Contains("(xlsx)"))));
    }

    [Fact]
    public async Task Export_respecte_le_perimetre_et_refuse_un_format_inconnu()
    {
        var nom = NomUnique("EXPORT");
        await CreerAsync(app, Saumurois, "49328", "SAUMUR", new PersonneDeTest(nom, "AILLEURS", new DateOnly(1990, 1, 1)));
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        var texte = await (await navigateur.GetAsync($"/dossiers?Filtre.Nom={nom}&format=csv")).Content.ReadAsStringAsync();
        Assert.Single(texte.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(HttpStatusCode.BadRequest, (await navigateur.GetAsync($"/dossiers?Filtre.Nom={nom}&format=pdf")).StatusCode);
    }
}
