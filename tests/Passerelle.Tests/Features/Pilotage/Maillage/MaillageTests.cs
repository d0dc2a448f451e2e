using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Platform.Export;
using Passerelle.Tests.Support;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Pilotage.Maillage;

/// <summary>The maillage read from the database (MaillageDeTest's known answers), by role: agents in clear with the persons, pilots and readers under secrecy, others refused.</summary>
public sealed class MaillageTests(Application app) : IClassFixture<Application>
{
    private static JsonElement Cellule(JsonElement vue, int? territoire, string theme) =>
        vue.GetProperty("cellules").EnumerateArray().Single(c =>
            (territoire is int t ? c.GetProperty("territoireId").ValueKind == JsonValueKind.Number && c.GetProperty("territoireId").GetInt32() == t
                : c.GetProperty("territoireId").ValueKind == JsonValueKind.Null) && c.GetProperty("theme").GetString() == theme);

    private static int? Nombre(JsonElement cellule, string champ) => cellule.GetProperty(champ).ValueKind == JsonValueKind.Null ? null : cellule.GetProperty(champ).GetInt32();

    private static async Task<JsonElement> LireAsync(Navigateur n, string url)
    {
        var reponse = await n.GetAsync(url);
        Assert.True(reponse.StatusCode == HttpStatusCode.OK, $"{url} : {reponse.StatusCode} {await reponse.Content.ReadAsStringAsync()}");
        return await reponse.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Agent_lit_les_besoins_du_dernier_diagnostic_a_la_date_face_aux_places_de_l_annee()
    {
        var d = await MaillageDeTest.CreerAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var vue = await LireAsync(agent, $"/api/v1/pilotage/maillage?annee={MaillageDeTest.Annee}");
        Assert.False(vue.GetProperty("secret").GetBoolean());
        Assert.Equal("2024-12-31", vue.GetProperty("date").GetString());
        var (mobilite, logement) = (Nombre(Cellule(vue, d.Vide, "Mobilite"), "places")!.Value, Nombre(Cellule(vue, d.Vide, "Logement"), "places")!.Value);
        Assert.Equal(0, Nombre(Cellule(vue, d.Vide, "Mobilite"), "personnes"));

        var un = Cellule(vue, d.Un, "Mobilite");
        Assert.Equal((2, 1, 1, mobilite + 6), (Nombre(un, "personnes"), Nombre(un, "importants"), Nombre(un, "legers"), Nombre(un, "places")));
        Assert.Equal(2 - mobilite - 6, Nombre(un, "ecart"));
        Assert.Equal((1, 1, logement), (Nombre(Cellule(vue, d.Un, "Logement"), "personnes"), Nombre(Cellule(vue, d.Un, "Logement"), "importants"), Nombre(Cellule(vue, d.Un, "Logement"), "places")));
        Assert.Equal(1, Nombre(Cellule(vue, d.Un, "Sante"), "personnes"));
        var deux = Cellule(vue, d.Deux, "Mobilite");
        Assert.Equal((1, 0, mobilite), (Nombre(deux, "personnes"), Nombre(deux, "importants"), Nombre(deux, "places")));
        Assert.Equal(logement + 4, Nombre(Cellule(vue, d.Deux, "Logement"), "places"));
    }

    [Fact]
    public async Task Agent_de_territoire_voit_son_territoire_et_la_liste_des_personnes_sauf_pour_la_sante()
    {
        var d = await MaillageDeTest.CreerAsync(app);
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.AgentDepartemental, territoireId: d.Un);
        using var agent = await Navigateur.ConnecteAsync(app, email);
        var vue = await LireAsync(agent, $"/api/v1/pilotage/maillage?annee={MaillageDeTest.Annee}");
        Assert.All(vue.GetProperty("cellules").EnumerateArray(), c => Assert.True(c.GetProperty("territoireId").ValueKind == JsonValueKind.Null || c.GetProperty("territoireId").GetInt32() == d.Un));
        Assert.Equal(2, Nombre(Cellule(vue, null, "Mobilite"), "personnes"));

        var page = await agent.PageAsync($"/pilotage/maillage?annee={MaillageDeTest.Annee}&theme=Mobilite");
        var lien = page.QuerySelector($"#tableau-detail tr[data-territoire='{d.Un}'] td.personnes a")!.GetAttribute("href")!;
        var liste = await agent.PageAsync(lien);
        Assert.Equal(new[] { d.P1, d.P2 }.Order(), liste.QuerySelectorAll("#personnes tbody tr").Select(tr => int.Parse(tr.GetAttribute("data-personne")!, CultureInfo.InvariantCulture)).Order());
        var importants = await agent.PageAsync($"/pilotage/maillage/personnes?annee=2024&territoireId={d.Un}&theme=Mobilite&niveau=Important");
        Assert.Equal([d.P2.ToString(CultureInfo.InvariantCulture)], importants.QuerySelectorAll("#personnes tbody tr").Select(tr => tr.GetAttribute("data-personne")));

        var sante = await agent.PageAsync($"/pilotage/maillage?annee={MaillageDeTest.Annee}&theme=Sante");
        Assert.Null(sante.QuerySelector("#tableau-detail td.personnes a"));
        Refus.Refuse(await agent.GetAsync($"/pilotage/maillage/personnes?annee=2024&territoireId={d.Un}&theme=Sante&niveau=Leger"), "liste santé");
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/pilotage/maillage/personnes?annee=2024&territoireId={d.Deux}&theme=Mobilite&niveau=Leger")).StatusCode);
    }

    [Theory]
    [InlineData("lecteur@49")]
    [InlineData("pilote@49")]
    public async Task Lecteur_et_pilote_lisent_des_agregats_sous_secret_sans_lien_ni_liste(string login)
    {
        var d = await MaillageDeTest.CreerAsync(app);
        using var n = await Navigateur.ConnecteAsync(app, login);
        var page = await n.PageAsync($"/pilotage/maillage?annee={MaillageDeTest.Annee}&theme=Mobilite");
        Assert.NotNull(page.QuerySelector("#avis-secret"));
        Assert.Empty(page.QuerySelectorAll("#tableau-detail a, #tableau-ecarts a"));
        Assert.Equal("secret", page.QuerySelector($"#tableau-detail tr[data-territoire='{d.Un}'] td.personnes")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"#carte-maillage g.tuile[data-territoire='{d.Un}']"));
        Refus.Refuse(await n.GetAsync($"/pilotage/maillage/personnes?annee=2024&territoireId={d.Un}&theme=Mobilite&niveau=Leger"), $"liste pour {login}");

        var vue = await LireAsync(n, $"/api/v1/pilotage/maillage?annee={MaillageDeTest.Annee}");
        Assert.True(vue.GetProperty("secret").GetBoolean());
        var un = Cellule(vue, d.Un, "Mobilite");
        Assert.True(un.GetProperty("secret").GetBoolean());
        Assert.Null(Nombre(un, "personnes"));
        Assert.Null(Nombre(un, "ecart"));

        var csv = await n.GetAsync($"/pilotage/maillage/export?annee={MaillageDeTest.Annee}&format=csv");
        Assert.Contains("partenaires", csv.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
        var ligne = (await LireCsvAsync(csv)).Single(l => l["Territoire"] == d.NomUn && l["Thème"] == "Mobilité");
        Assert.Equal("secret", ligne["Personnes ayant ce frein"]);
    }

    [Fact]
    public async Task Exports_de_l_agent_en_clair_ou_pour_les_partenaires_et_api_en_xlsx()
    {
        var d = await MaillageDeTest.CreerAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var clair = (await LireCsvAsync(await agent.GetAsync($"/pilotage/maillage/export?annee={MaillageDeTest.Annee}&format=csv")))
            .Single(l => l["Territoire"] == d.NomUn && l["Thème"] == "Mobilité");
        Assert.Equal(("2", "1", "1"), (clair["Personnes ayant ce frein"], clair["Dont frein important"], clair["Dont frein léger"]));
        var partenaires = (await LireCsvAsync(await agent.GetAsync($"/pilotage/maillage/export?annee={MaillageDeTest.Annee}&format=csv&partenaires=true")))
            .Single(l => l["Territoire"] == d.NomUn && l["Thème"] == "Mobilité");
        Assert.Equal(("secret", "secret", clair["Places financées"]), (partenaires["Personnes ayant ce frein"], partenaires["Écart (personnes moins places)"], partenaires["Places financées"]));

        var xlsx = await agent.GetAsync($"/api/v1/pilotage/maillage?annee={MaillageDeTest.Annee}&format=xlsx&partenaires=true");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var flux = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var lignes = SecretTableauTests.Lire(flux);
        Assert.Equal(["Territoire", "Thème", "Personnes ayant ce frein"], lignes[0].Take(3));
        Assert.Equal("secret", lignes.Single(l => l[0] == d.NomUn && l[1] == "Mobilité")[2]);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.GetAsync("/pilotage/maillage/export?annee=2024&format=pdf")).StatusCode);
    }

    [Fact]
    public async Task Annee_hors_bornes_est_refusee_avec_son_motif()
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await agent.GetAsync("/api/v1/pilotage/maillage?annee=1990");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reponse.StatusCode);
        Assert.Contains("L'année doit être comprise entre 2015", await reponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await agent.PageAsync("/pilotage/maillage?annee=1990");
        Assert.Contains("L'année doit être comprise", page.QuerySelector("#annee-erreur")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#tableau-ecarts"));
    }

    [Theory]
    [InlineData("referent@49")]
    [InlineData("responsable@49")]
    [InlineData("operateur@49")]
    [InlineData("membre-ep@49")]
    [InlineData("charge-entreprise@49")]
    [InlineData("facilitateur@49")]
    [InlineData("parrain@49")]
    [InlineData("beneficiaire@49")]
    [InlineData("admin@49")]
    public async Task Roles_hors_pilotage_sont_refuses_partout(string login)
    {
        using var n = await Navigateur.ConnecteAsync(app, login);
        foreach (var page in new[] { "/pilotage/maillage", "/pilotage/maillage/export?format=csv", "/pilotage/maillage/personnes?annee=2024&territoireId=1&theme=Mobilite&niveau=Leger" })
            Refus.Refuse(await n.GetAsync(page), $"{page} pour {login}");
        Assert.Equal(HttpStatusCode.Forbidden, (await n.GetAsync("/api/v1/pilotage/maillage")).StatusCode);
    }

    private static async Task<List<Dictionary<string, string>>> LireCsvAsync(HttpResponseMessage reponse)
    {
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        return SecretTableauTests.LireCsv(await reponse.Content.ReadAsByteArrayAsync());
    }
}
