using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Pilotage.Drees;

/// <summary>
/// The DREES tables read from the database through the API and pages: on 31/12/2012 (a year no other test writes) an applicant
/// and a spouse open and SDD count, a child, a suspended right and a right opened only in 2013 do not. Who reads, bad years, exports.
/// </summary>
public sealed class DreesApiTests(Application app) : IClassFixture<Application>
{
    private const int Annee = 2012;
    private static bool semees;
    private static readonly SemaphoreSlim Verrou = new(1, 1);

    private async Task SemerAsync()
    {
        await Verrou.WaitAsync();
        try
        {
            if (semees) return;
            await app.DansDepartementAsync("49", async db =>
            {
                var dossier = new DossierRsa { NumDemRsa = "DREES201201", Organisme = "CAF", NumeroOrganisme = "491", Matricule = "D2012", SituationFamille = "MAR", EtatDroit = "2", Empreinte = "x", DateDemande = new(2010, 1, 1) };
                var suspendu = new DossierRsa { NumDemRsa = "DREES201202", Organisme = "CAF", NumeroOrganisme = "491", Matricule = "D2012B", SituationFamille = "CEL", EtatDroit = "3", Empreinte = "x", DateDemande = new(2010, 1, 1) };
                db.AddRange(dossier, suspendu);
                await db.SaveChangesAsync();
                Personne P(string nom, string sexe) => new() { Nom = nom, NomNaissance = nom, Prenoms = "A", Sexe = sexe, CleIdentite = nom + " A", DateNaissance = new(1980, 5, 5) };
                var (dem, cjt, enf, susp, tard) = (P("DREESDEM", "2"), P("DREESCJT", "1"), P("DREESENF", "1"), P("DREESSUSP", "2"), P("DREESTARD", "1"));
                db.AddRange(dem, cjt, enf, susp, tard);
                await db.SaveChangesAsync();
                foreach (var (p, d, role) in new[] { (dem, dossier, "DEM"), (cjt, dossier, "CJT"), (enf, dossier, "ENF"), (susp, suspendu, "DEM"), (tard, suspendu, "CJT") })
                    db.Add(new MembreFoyer { DossierId = d.Id, PersonneId = p.Id, Role = role, SoumisDroitsDevoirs = true });
                void H(Personne p, DossierRsa d, DateOnly date, string etat, EvenementDroit e) =>
                    db.Add(new HistoriqueDroit { PersonneId = p.Id, DossierId = d.Id, DateEffet = date, EtatDroit = etat, SoumisDroitsDevoirs = true, Evenement = e });
                H(dem, dossier, new(2012, 3, 1), "2", EvenementDroit.NouvelEntrant);
                H(cjt, dossier, new(2012, 3, 1), "2", EvenementDroit.NouvelEntrant);
                H(enf, dossier, new(2012, 3, 1), "2", EvenementDroit.NouvelEntrant);
                H(susp, suspendu, new(2012, 2, 1), "2", EvenementDroit.NouvelEntrant);
                H(susp, suspendu, new(2012, 11, 1), "3", EvenementDroit.Changement);
                H(tard, suspendu, new(2013, 1, 5), "2", EvenementDroit.NouvelEntrant);
                await db.SaveChangesAsync();
            });
            semees = true;
        }
        finally { Verrou.Release(); }
    }

    private static long? Total(JsonElement r, int tableau, int colonne) =>
        r.GetProperty("tableaux")[tableau].GetProperty("blocs")[0].GetProperty("lignes").EnumerateArray().Last().GetProperty("valeurs")[colonne].GetInt64();

    [Theory]
    [InlineData("pilote@49")]
    [InlineData("agent@49")]
    [InlineData("lecteur@49")]
    public async Task Tableaux_comptent_les_adultes_ouverts_non_suspendus_au_31_decembre(string login)
    {
        await SemerAsync();
        using var n = await Navigateur.ConnecteAsync(app, login);
        var r = await n.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/pilotage/drees/{Annee}", UriKind.Relative));
        Assert.Equal(2, Total(r, 0, 0));
        Assert.Equal(2, Total(r, 0, 1));
        Assert.Equal(2, Total(r, 4, 0));
        var page = await n.PageAsync($"/pilotage/drees?annee={Annee}");
        Assert.Equal(6, page.QuerySelectorAll("table caption").Length);
    }

    [Fact]
    public async Task Demo_donne_des_tableaux_non_vides_pour_l_annee_en_cours()
    {
        using var n = await Navigateur.ConnecteAsync(app, "pilote@49");
        var r = await n.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/pilotage/drees/{HeureDeTest.Aujourdhui.Year}", UriKind.Relative));
        Assert.True(Total(r, 0, 0) > 0, "personnes SDD");
        Assert.True(Total(r, 0, 2) > 0, "personnes orientées");
        Assert.True(Total(r, 1, 1) > 0, "CER en cours");
        Assert.True(Total(r, 4, 0) > 0, "entrants de l'année");
    }

    [Fact]
    public async Task Exports_xlsx_et_pdf_portent_les_chiffres_et_la_variante_partenaires_les_cache()
    {
        await SemerAsync();
        using var n = await Navigateur.ConnecteAsync(app, "pilote@49");
        var xlsx = await n.GetAsync($"/api/v1/pilotage/drees/{Annee}.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var lignes = Lignes(await xlsx.Content.ReadAsByteArrayAsync());
        var total = lignes.First(l => l.Count > 2 && l[0] == "Âge au 31 décembre" && l[1] == "Total");
        Assert.Equal(("2", "2", "0"), (total[2], total[3], total[4]));
        var partenaires = Lignes(await (await n.GetAsync($"/api/v1/pilotage/drees/{Annee}?format=xlsx&variante=partenaires")).Content.ReadAsByteArrayAsync());
        Assert.Equal("s", partenaires.First(l => l.Count > 2 && l[0] == "Âge au 31 décembre" && l[1] == "Total")[2]);
        var pdf = await PdfDeTest.TexteAsync(await n.GetAsync($"/api/v1/pilotage/drees/{Annee}.pdf"));
        Assert.Contains("Tableau 6", pdf, StringComparison.Ordinal);
        Assert.Contains("Total 2 2 0", pdf, StringComparison.Ordinal);
        var strategie = await PdfDeTest.TexteAsync(await n.GetAsync($"/api/v1/pilotage/strategie-pauvrete/{Annee}.pdf"));
        Assert.Contains("accompagnement global", strategie, StringComparison.Ordinal);
    }

    private static List<List<string>> Lignes(byte[] octets)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(octets), false);
        return [.. document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? "").ToList())];
    }

    [Theory]
    [InlineData("2008", "précéder 2009")]
    [InlineData("deux-mille", "quatre chiffres")]
    [InlineData("2999", "n'a pas commencé")]
    public async Task Annee_refusee_dit_pourquoi(string annee, string raison)
    {
        using var n = await Navigateur.ConnecteAsync(app, "pilote@49");
        var reponse = await n.GetAsync($"/api/v1/pilotage/drees/{annee}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reponse.StatusCode);
        Assert.Contains(raison, await reponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await n.PageAsync($"/pilotage/strategie-pauvrete?annee={annee}");
        Assert.Contains(raison, page.QuerySelector("#annee-erreur")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agent-territoire@49")]
    [InlineData("referent@49")]
    [InlineData("operateur@49")]
    [InlineData("responsable@49")]
    [InlineData("admin@49")]
    [InlineData("beneficiaire@49")]
    public async Task Autres_roles_et_agent_de_territoire_sont_refuses(string login)
    {
        using var n = await Navigateur.ConnecteAsync(app, login);
        foreach (var page in new[] { "/pilotage/drees", "/pilotage/strategie-pauvrete" })
            Refus.Refuse(await n.GetAsync(page), $"{page} pour {login}");
        foreach (var api in new[] { "/api/v1/pilotage/drees/2024", "/api/v1/pilotage/strategie-pauvrete/2024.xlsx" })
            Assert.Equal(HttpStatusCode.Forbidden, (await n.GetAsync(api)).StatusCode);
    }

    [Fact]
    public async Task Cle_partenaire_lit_la_variante_partenaires_seulement()
    {
        await SemerAsync();
        using var robot = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.PilotageLecture])).Texte);
        var r = await robot.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/pilotage/drees/{Annee}", UriKind.Relative));
        var total = r.GetProperty("tableaux")[0].GetProperty("blocs")[0].GetProperty("lignes").EnumerateArray().Last().GetProperty("valeurs")[0];
        Assert.Equal(JsonValueKind.Null, total.ValueKind);
    }
}
