using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform.Securite;
using UglyToad.PdfPig;
using static Passerelle.Tests.Features.Programmes.LectureProgrammeTests;

namespace Passerelle.Tests.Features.Pilotage.Evaluation;

/// <summary>A programme's yearly report on a programme written for the test: each figure against its target, appraisals, exports, who may see and write.</summary>
public sealed class RapportEvaluationTests(Application app) : IClassFixture<Application>
{
    private const string Elements = """
        { "niveau": "axe", "code": "A1", "titre": "Axe 1", "enfants": [
          { "niveau": "fiche", "code": "F1", "titre": "Accompagner vite", "fiche": { "pilote": "Pôle insertion", "indicateurs": [
            { "libelle": "Nombre de personnes accompagnées", "unite": "nombre", "cibles": { "2025": 120 }, "reference": { "2025": 130 } },
            { "libelle": "Délai moyen d'orientation", "unite": "jours", "cibles": { "2025": 30 }, "reference": { "2025": 45 } },
            { "libelle": "Taux de sortie positive", "unite": "pourcentage", "reference": { "2025": 50 } },
            { "libelle": "Nombre de rencontres", "unite": "nombre", "cibles": { "2025": 10 } },
            { "libelle": "Création du réseau", "unite": "texte" } ] } },
          { "niveau": "fiche", "code": "F2", "titre": "Animer le réseau", "fiche": { "pilote": "Département" } } ] }
        """;

    /// <summary>Imports a programme of its own (2024 to 2026) and gives its id and its two fiches' ids.</summary>
    private async Task<(int Programme, int F1, int F2)> ProgrammeAsync(string elements = Elements)
    {
        var code = "PDI-EVAL-" + Guid.NewGuid().ToString("N")[..6];
        using var importeur = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.ProgrammesEcriture])).Texte);
        var reponse = await importeur.PostAsync(new Uri("/api/v1/programmes", UriKind.Relative), new StringContent(Fichier(elements, code: code), Encoding.UTF8, "application/json"));
        Assert.True(reponse.IsSuccessStatusCode, await reponse.Content.ReadAsStringAsync());
        return await app.DansDepartementAsync("49", async db =>
        {
            var elements = await db.Set<ElementProgramme>().Where(e => db.Set<Programme>().Any(p => p.Id == e.ProgrammeId && p.Code == code)).ToListAsync();
            return (elements[0].ProgrammeId, elements.Single(e => e.Code == "F1").Id, elements.Single(e => e.Code == "F2").Id);
        });
    }

    [Fact]
    public async Task Rapport_juge_chaque_indicateur_et_s_exporte_en_tableur_et_en_pdf()
    {
        var (programme, f1, _) = await ProgrammeAsync();
        using var pilote = await Navigateur.ConnecteAsync(app, "pilote@49");
        var page = await pilote.PageAsync($"/pilotage/evaluation/{programme}?annee=2025");
        Assert.Equal("5 indicateurs : 1 cibles atteintes, 1 non atteintes, 1 sans cible, 0 qualitatifs renseignés, 2 non renseignés.", page.QuerySelector("#synthese")?.TextContent);
        var atteintes = page.QuerySelectorAll($"#fiche-{f1} tbody tr td.atteinte").Select(td => td.TextContent).ToList();
        Assert.Equal(["cible atteinte", "cible non atteinte", "sans cible", "non renseigné", "non renseigné"], atteintes);
        Assert.Equal("45 jours", page.QuerySelectorAll($"#fiche-{f1} tbody tr td.realise")[1].TextContent);

        var ecrit = await pilote.SoumettreAsync($"/pilotage/evaluation/{programme}?annee=2025",
            [new("FicheId", f1.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Texte", "Le délai a glissé au second semestre faute de référents.")],
            $"/pilotage/evaluation/{programme}?annee=2025&handler=Appreciation");
        Assert.Equal(HttpStatusCode.Redirect, ecrit.StatusCode);

        var xlsx = await pilote.GetAsync($"/pilotage/evaluation/{programme}?annee=2025&handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var lignes = Lignes(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Fiche-action", "Intitulé de la fiche", "Pilote", "Indicateur", "Unité", "Source", "Cible", "Réalisé", "Atteinte", "Origine du réalisé", "Commentaire", "Appréciation du pilote"], lignes[0]);
        var delai = lignes.Single(l => l[3] == "Délai moyen d'orientation");
        Assert.Equal(["F1", "30", "45", "cible non atteinte", "Le délai a glissé au second semestre faute de référents."], [delai[0], delai[6], delai[7], delai[8], delai[11]]);
        Assert.Contains(lignes, l => l[0] == "F2" && l[3] == "");

        var pdf = await pilote.GetAsync($"/pilotage/evaluation/{programme}?annee=2025&handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var texte = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Rapport d'évaluation 2025", texte, StringComparison.Ordinal);
        Assert.Contains("Réalisé : 45 jours ; cible : 30 ; cible non atteinte", texte, StringComparison.Ordinal);
        Assert.Contains("faute de référents.", texte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_rend_le_rapport_et_refuse_annee_hors_programme_format_inconnu_et_appreciation_trop_longue()
    {
        var (programme, f1, _) = await ProgrammeAsync();
        using var robot = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.PilotageLecture, PorteesApi.PilotageEcriture])).Texte);
        var rapport = await robot.GetFromJsonAsync<JsonElement>($"/api/v1/pilotage/evaluation/{programme}?annee=2025");
        var indicateurs = rapport.GetProperty("fiches")[0].GetProperty("indicateurs");
        Assert.Equal(("Délai moyen d'orientation", 30m, 45m, "NonAtteinte"), (indicateurs[1].GetProperty("libelle").GetString(), indicateurs[1].GetProperty("cible").GetDecimal(),
            indicateurs[1].GetProperty("realise").GetProperty("valeur").GetDecimal(), indicateurs[1].GetProperty("atteinte").GetString()));

        await RefusAsync(await robot.GetAsync(new Uri($"/api/v1/pilotage/evaluation/{programme}?annee=2030", UriKind.Relative)), "annee", "hors du programme, qui couvre 2024 à 2026");
        await RefusAsync(await robot.GetAsync(new Uri($"/api/v1/pilotage/evaluation/{programme}?format=doc", UriKind.Relative)), "format", "json, xlsx ou pdf");
        await RefusAsync(await robot.PutAsJsonAsync(new Uri($"/api/v1/pilotage/evaluation/fiches/{f1}/2025", UriKind.Relative), new { texte = new string('x', 4001) }), "Texte", "4001 caractères");
        await RefusAsync(await robot.PutAsJsonAsync(new Uri($"/api/v1/pilotage/evaluation/fiches/{f1}/2023", UriKind.Relative), new { texte = "vu" }), "Annee", "hors du programme");
        Assert.Equal(HttpStatusCode.NotFound, (await robot.GetAsync(new Uri("/api/v1/pilotage/evaluation/999999999", UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await robot.PutAsJsonAsync(new Uri($"/api/v1/pilotage/evaluation/fiches/{f1}/2025", UriKind.Relative), new { texte = "Bonne année." })).StatusCode);
        var relu = await robot.GetFromJsonAsync<JsonElement>($"/api/v1/pilotage/evaluation/{programme}?annee=2025");
        Assert.Equal("Bonne année.", relu.GetProperty("fiches")[0].GetProperty("appreciation").GetString());
        Assert.Equal(HttpStatusCode.OK, (await robot.PutAsJsonAsync(new Uri($"/api/v1/pilotage/evaluation/fiches/{f1}/2025", UriKind.Relative), new { texte = "" })).StatusCode);
        Assert.Equal(JsonValueKind.Null, (await robot.GetFromJsonAsync<JsonElement>($"/api/v1/pilotage/evaluation/{programme}?annee=2025")).GetProperty("fiches")[0].GetProperty("appreciation").ValueKind);

        var xlsx = await robot.GetAsync(new Uri($"/api/v1/pilotage/evaluation/{programme}?annee=2025&format=xlsx", UriKind.Relative));
        Assert.Contains(Lignes(await xlsx.Content.ReadAsByteArrayAsync()), l => l[3] == "Nombre de personnes accompagnées" && l[8] == "cible atteinte");
    }

    [Fact]
    public async Task Realise_vient_du_calcul_du_catalogue_puis_de_la_saisie_du_pilote_avant_le_document()
    {
        var (programme, _, _) = await ProgrammeAsync("""
            { "niveau": "axe", "code": "A1", "titre": "Axe 1", "enfants": [
              { "niveau": "fiche", "code": "F1", "titre": "Orienter", "fiche": { "pilote": "Pôle insertion", "indicateurs": [
                { "libelle": "Personnes orientées", "unite": "nombre", "catalogue": "ORI-ORIENTES" },
                { "libelle": "Nombre de rencontres", "unite": "nombre", "cibles": { "2025": 10 }, "reference": { "2025": 3 } } ] } },
              { "niveau": "fiche", "code": "F2", "titre": "Animer", "fiche": { "pilote": "Département" } } ] }
            """);
        using var robot = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.PilotageLecture, PorteesApi.PilotageEcriture])).Texte);
        var avant = (await robot.GetFromJsonAsync<JsonElement>($"/api/v1/pilotage/evaluation/{programme}?annee=2025")).GetProperty("fiches")[0].GetProperty("indicateurs");
        Assert.Equal((3m, "NonAtteinte"), (avant[1].GetProperty("realise").GetProperty("valeur").GetDecimal(), avant[1].GetProperty("atteinte").GetString()));
        var rencontres = avant[1].GetProperty("indicateurId").GetInt32();
        var saisie = await robot.PostAsJsonAsync(new Uri("/api/v1/pilotage/saisies", UriKind.Relative),
            new { indicateurId = rencontres, saisie = new { periode = "Annee", annee = 2025, valeur = "12", commentaire = "Trois rencontres par trimestre" } });
        Assert.Equal(HttpStatusCode.Created, saisie.StatusCode);

        var indicateurs = (await robot.GetFromJsonAsync<JsonElement>($"/api/v1/pilotage/evaluation/{programme}?annee=2025")).GetProperty("fiches")[0].GetProperty("indicateurs");
        Assert.StartsWith("calculé par Passerelle (Personnes orientées)", indicateurs[0].GetProperty("realise").GetProperty("origine").GetString(), StringComparison.Ordinal);
        var realise = indicateurs[1].GetProperty("realise");
        Assert.Equal((12m, "saisi par le pilote", "Trois rencontres par trimestre", "Atteinte"),
            (realise.GetProperty("valeur").GetDecimal(), realise.GetProperty("origine").GetString(), realise.GetProperty("commentaire").GetString(), indicateurs[1].GetProperty("atteinte").GetString()));
    }

    [Fact]
    public async Task Page_dit_pourquoi_une_annee_hors_programme_est_refusee()
    {
        var (programme, _, _) = await ProgrammeAsync();
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var page = await agent.PageAsync($"/pilotage/evaluation/{programme}?annee=2019");
        Assert.Contains("L'année 2019 est hors du programme, qui couvre 2024 à 2026", page.QuerySelector("#refus-annee")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await agent.PageAsync("/pilotage/evaluation")).QuerySelector($"tr[data-programme='{programme}'] a[href='/pilotage/evaluation/{programme}?annee=2026']"));
    }

    [Fact]
    public async Task Lecteur_et_agent_de_territoire_lisent_sans_ecrire()
    {
        var (programme, f1, _) = await ProgrammeAsync();
        foreach (var login in new[] { "lecteur@49", "agent-territoire@49" })
        {
            using var navigateur = await Navigateur.ConnecteAsync(app, login);
            var page = await navigateur.PageAsync($"/pilotage/evaluation/{programme}?annee=2025");
            Assert.Null(page.QuerySelector(".form-appreciation"));
            Assert.Equal("Pas d'appréciation pour cette année.", page.QuerySelector($"#fiche-{f1} .appreciation")?.TextContent);
            var refus = await navigateur.Client.PutAsJsonAsync(new Uri($"/api/v1/pilotage/evaluation/fiches/{f1}/2025", UriKind.Relative), new { texte = "non" });
            Assert.Equal(HttpStatusCode.Forbidden, refus.StatusCode);
        }
    }

    [Theory]
    [InlineData("referent@49")]
    [InlineData("responsable@49")]
    [InlineData("operateur@49")]
    [InlineData("membre-ep@49")]
    [InlineData("charge-entreprise@49")]
    [InlineData("beneficiaire@49")]
    [InlineData("admin@49")]
    public async Task Roles_hors_pilotage_sont_refuses(string login)
    {
        var (programme, f1, _) = await ProgrammeAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var url in new[] { "/pilotage/evaluation", $"/pilotage/evaluation/{programme}?annee=2025", $"/pilotage/evaluation/{programme}?annee=2025&handler=Pdf" })
            Refus.Refuse(await navigateur.GetAsync(url), $"{login} GET {url}");
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync($"/api/v1/pilotage/evaluation/{programme}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.Client.PutAsJsonAsync(new Uri($"/api/v1/pilotage/evaluation/fiches/{f1}/2025", UriKind.Relative), new { texte = "non" })).StatusCode);
    }

    [Fact]
    public async Task Programme_d_un_autre_departement_est_introuvable()
    {
        var (programme, f1, _) = await ProgrammeAsync();
        using var pilote = await Navigateur.ConnecteAsync(app, "pilote@37");
        Assert.Equal(HttpStatusCode.NotFound, (await pilote.GetAsync($"/pilotage/evaluation/{programme}?annee=2025")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pilote.Client.PutAsJsonAsync(new Uri($"/api/v1/pilotage/evaluation/fiches/{f1}/2025", UriKind.Relative), new { texte = "non" })).StatusCode);
    }

    private static async Task RefusAsync(HttpResponseMessage reponse, string champ, string extrait)
    {
        var texte = await reponse.Content.ReadAsStringAsync();
        Assert.True(reponse.StatusCode == HttpStatusCode.UnprocessableEntity, $"{reponse.StatusCode} : {texte}");
        Assert.Contains(extrait, JsonDocument.Parse(texte).RootElement.GetProperty("errors").GetProperty(champ)[0].GetString(), StringComparison.Ordinal);
    }

    private static List<string[]> Lignes(byte[] octets)
    {
        using var flux = new MemoryStream(octets);
        using var document = SpreadsheetDocument.Open(flux, false);
        var feuille = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return [.. feuille.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToArray())];
    }
}
