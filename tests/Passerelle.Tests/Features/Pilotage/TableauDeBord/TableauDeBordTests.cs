using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Platform.Export;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Portefeuille.DonneesPortefeuille;

namespace Passerelle.Tests.Features.Pilotage.TableauDeBord;

/// <summary>
/// Dashboards on parcours built by hand in 2013, a year no other data reaches, all in Angers: A (structure S) oriented 10/01,
/// first appointment 01/03 (within 2 months); B (structure S) oriented 10/01, appointment 15/03 (late); C oriented 01/11/2012
/// (the previous period). Known answers by level, lists behind the numbers for agents only, refusals, bad periods, exports.
/// </summary>
public sealed class TableauDeBordTests(Application app) : IClassFixture<Application>
{
    private const string Annee2013 = "periode=Annee&annee=2013";

    private sealed record Jeu(int Territoire, int Autre, int Structure, string NomA, string NomB);

    /// <summary>The tests of the class share one application: the data set is written once for it (and forgotten with it).</summary>
    private static readonly ConditionalWeakTable<Application, Lazy<Task<Jeu>>> Jeux = [];

    private Task<Jeu> CreerAsync() => Jeux.GetValue(app, a => new Lazy<Task<Jeu>>(EcrireAsync)).Value;

    private async Task<Jeu> EcrireAsync()
    {
        var (structure, autre) = await app.DansDepartementAsync("49", async db => (await db.Structures.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            await db.Territoires.Where(t => t.Nom != Dossiers.DonneesDossiers.Angers).Select(t => t.Id).FirstAsync()));
        var noms = new List<string>();
        var territoire = 0;
        foreach (var (orientation, rdv, dansS) in new[] { (new DateOnly(2013, 1, 10), new DateOnly(2013, 3, 1), true), (new DateOnly(2013, 1, 10), new DateOnly(2013, 3, 15), true),
            (new DateOnly(2012, 11, 1), new DateOnly(2012, 12, 1), false) })
        {
            var p = await PersonneAsync(app, p => (p.DateEntree, p.DateOrientation, p.DatePremierRdvReferent, p.TypeOrientation, p.StructureId, p.Etape) =
                (orientation.AddDays(-20), orientation, rdv, TypeOrientation.Sociale, dansS ? structure : null, EtapeParcours.Accompagne));
            noms.Add(p.Nom);
            territoire = await app.DansDepartementAsync("49", db => db.Set<Parcours>().Where(x => x.Id == p.ParcoursId).Select(x => x.TerritoireId!.Value).SingleAsync());
        }
        return new(territoire, autre, structure, noms[0], noms[1]);
    }

    private static JsonElement Ligne(JsonElement tableau, string code) => tableau.GetProperty("lignes").EnumerateArray().Single(l => l.GetProperty("code").GetString() == code);

    private static decimal? Valeur(JsonElement ligne, string champ = "valeur") =>
        ligne.GetProperty(champ).GetProperty("valeur") is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;

    private static async Task<JsonElement> LireAsync(Navigateur n, string url)
    {
        var reponse = await n.GetAsync(url);
        Assert.True(reponse.StatusCode == HttpStatusCode.OK, $"{url} : {reponse.StatusCode} {await reponse.Content.ReadAsStringAsync()}");
        return await reponse.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Departement_territoire_et_structure_donnent_les_reponses_connues_avec_la_periode_precedente()
    {
        var j = await CreerAsync();
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var departement = await LireAsync(agent, $"/api/v1/pilotage/tableau-de-bord?{Annee2013}");
        Assert.Equal(("2013-01-01", "2012-12-31"), (departement.GetProperty("periode").GetProperty("du").GetString(), departement.GetProperty("periodePrecedente").GetProperty("au").GetString()));
        Assert.Equal((2m, 1m), (Valeur(Ligne(departement, "ORI-ORIENTES"))!.Value, Valeur(Ligne(departement, "ORI-ORIENTES"), "precedente")!.Value));
        var recus = Ligne(departement, "ORI-RECUS-DELAI").GetProperty("valeur");
        Assert.Equal((1m, 2), (recus.GetProperty("valeur").GetDecimal(), recus.GetProperty("denominateur").GetInt32()));

        var territoire = await LireAsync(agent, $"/api/v1/pilotage/tableau-de-bord?echelon=territoire-{j.Territoire}&{Annee2013}");
        Assert.Equal(2m, Valeur(Ligne(territoire, "ORI-ORIENTES")));
        Assert.DoesNotContain(territoire.GetProperty("lignes").EnumerateArray(), l => l.GetProperty("code").GetString() == "COM-REUNIONS-TENUES");
        Assert.Equal(0m, Valeur(Ligne(await LireAsync(agent, $"/api/v1/pilotage/tableau-de-bord?echelon=territoire-{j.Autre}&{Annee2013}"), "ORI-ORIENTES")));

        var structure = await LireAsync(agent, $"/api/v1/pilotage/tableau-de-bord?echelon=structure-{j.Structure}&{Annee2013}");
        Assert.Equal((2m, 0m), (Valeur(Ligne(structure, "ORI-ORIENTES"))!.Value, Valeur(Ligne(structure, "ORI-ORIENTES"), "precedente")!.Value));

        var trimestre = await LireAsync(agent, $"/api/v1/pilotage/tableau-de-bord?periode=Trimestre&annee=2013&numero=1");
        Assert.Equal(("2013-03-31", "2012-10-01"), (trimestre.GetProperty("periode").GetProperty("au").GetString(), trimestre.GetProperty("periodePrecedente").GetProperty("du").GetString()));
        Assert.Equal((2m, 1m), (Valeur(Ligne(trimestre, "ORI-ORIENTES"))!.Value, Valeur(Ligne(trimestre, "ORI-ORIENTES"), "precedente")!.Value));
    }

    [Fact]
    public async Task L_agent_ouvre_la_liste_derriere_un_nombre_et_la_page_trace_la_serie_la_carte_et_les_barres()
    {
        var j = await CreerAsync();
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var page = await agent.PageAsync($"/pilotage/tableau-de-bord?{Annee2013}&indicateur=ORI-ORIENTES");
        Assert.Equal("2", page.QuerySelector("#indicateurs tr[data-indicateur='ORI-ORIENTES'] td.valeur")!.TextContent.Trim());
        Assert.Equal(12, page.QuerySelectorAll("#serie-donnees tbody tr").Length);
        Assert.NotNull(page.QuerySelector($"#carte g.tuile[data-territoire='{j.Territoire}']"));
        Assert.NotNull(page.QuerySelector("#barres svg[role='img']"));
        var lien = page.QuerySelector("#indicateurs tr[data-indicateur='ORI-RECUS-DELAI'] td.valeur a")!.GetAttribute("href")!;
        var liste = await agent.PageAsync(lien);
        var lignes = liste.QuerySelectorAll("#personnes tbody tr").Select(tr => (tr.QuerySelector("th")!.TextContent.Trim(), tr.QuerySelector("td")!.TextContent.Trim())).ToList();
        Assert.Contains(lignes, l => l.Item1.Contains(j.NomA, StringComparison.OrdinalIgnoreCase) && l.Item2 == "oui");
        Assert.Contains(lignes, l => l.Item1.Contains(j.NomB, StringComparison.OrdinalIgnoreCase) && l.Item2 == "non");
        Assert.Equal(2, lignes.Count);
        var parStructure = await agent.PageAsync($"/pilotage/tableau-de-bord/liste?code=ORI-ORIENTES&echelon=structure-{j.Structure}&du=2013-01-01&au=2013-12-31");
        Assert.Equal(2, parStructure.QuerySelectorAll("#personnes tbody tr").Length);
    }

    [Theory]
    [InlineData("pilote@49")]
    [InlineData("lecteur@49")]
    public async Task Pilote_et_lecteur_lisent_des_agregats_sans_liste(string login)
    {
        await CreerAsync();
        using var n = await Navigateur.ConnecteAsync(app, login);
        var page = await n.PageAsync($"/pilotage/tableau-de-bord?{Annee2013}");
        Assert.Equal("secret statistique", page.QuerySelector("#indicateurs tr[data-indicateur='ORI-ORIENTES'] td.valeur")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll("#indicateurs td.valeur a"));
        Refus.Refuse(await n.GetAsync("/pilotage/tableau-de-bord/liste?code=ORI-ORIENTES&echelon=departement&du=2013-01-01&au=2013-12-31"), $"liste pour {login}");
        var csv = await n.GetAsync($"/pilotage/tableau-de-bord?handler=Export&format=csv&{Annee2013}");
        Assert.Contains("partenaires", csv.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
        Assert.Equal("secret statistique", SecretTableauTests.LireCsv(await csv.Content.ReadAsByteArrayAsync()).Single(l => l["Indicateur"] == "Personnes orientées")["Du 01/01/2013 au 31/12/2013"]);
    }

    [Theory]
    [InlineData("referent@49")]
    [InlineData("operateur@49")]
    [InlineData("admin@49")]
    public async Task Les_autres_roles_sont_refuses(string login)
    {
        using var n = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await n.GetAsync($"/pilotage/tableau-de-bord?{Annee2013}"), $"tableau de bord pour {login}");
        Refus.Refuse(await n.GetAsync("/pilotage/tableau-de-bord/liste?code=ORI-ORIENTES&echelon=departement&du=2013-01-01&au=2013-12-31"), $"liste pour {login}");
        Assert.Equal(HttpStatusCode.Forbidden, (await n.GetAsync($"/api/v1/pilotage/tableau-de-bord?{Annee2013}")).StatusCode);
    }

    [Fact]
    public async Task Agent_de_territoire_refuse_hors_de_son_territoire_et_cle_sous_secret()
    {
        var j = await CreerAsync();
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.AgentDepartemental, territoireId: j.Autre);
        using var agent = await Navigateur.ConnecteAsync(app, email);
        Refus.Refuse(await agent.GetAsync($"/pilotage/tableau-de-bord?echelon=territoire-{j.Territoire}&{Annee2013}"), "tableau d'un autre territoire");
        Refus.Refuse(await agent.GetAsync($"/pilotage/tableau-de-bord/liste?code=ORI-ORIENTES&echelon=territoire-{j.Territoire}&du=2013-01-01&au=2013-12-31"), "liste d'un autre territoire");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync($"/api/v1/pilotage/tableau-de-bord?echelon=territoire-{j.Territoire}&{Annee2013}")).StatusCode);
        Assert.Equal(0m, Valeur(Ligne(await LireAsync(agent, $"/api/v1/pilotage/tableau-de-bord?{Annee2013}"), "ORI-ORIENTES")));
        var page = await agent.PageAsync($"/pilotage/tableau-de-bord?{Annee2013}");
        Assert.Null(page.QuerySelector($"#echelon option[value='territoire-{j.Territoire}']"));

        using var cle = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.PilotageLecture])).Texte);
        var reponse = await cle.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/pilotage/tableau-de-bord?{Annee2013}", UriKind.Relative));
        Assert.True(reponse.GetProperty("secret").GetBoolean());
        Assert.True(Ligne(reponse, "ORI-ORIENTES").GetProperty("valeur").GetProperty("masquee").GetBoolean());
        using var autre = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.ComitesLecture])).Texte);
        Assert.Equal(HttpStatusCode.Forbidden, (await autre.GetAsync(new Uri("/api/v1/pilotage/tableau-de-bord", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("periode=Libre&du=2013-12-31&au=2013-01-01", "Au", "précède")]
    [InlineData("periode=Libre&du=2001-01-01&au=2013-01-01", "Au", "plus de 10 ans")]
    [InlineData("periode=Trimestre&annee=2013&numero=5", "Numero", "trimestre")]
    public async Task Une_periode_impossible_est_refusee_sur_son_champ(string periode, string champ, string motif)
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await agent.GetAsync($"/api/v1/pilotage/tableau-de-bord?{periode}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reponse.StatusCode);
        var erreurs = (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(motif, erreurs.GetProperty(champ)[0].GetString(), StringComparison.Ordinal);
        var page = await agent.PageAsync($"/pilotage/tableau-de-bord?{periode}");
        Assert.Contains(motif, page.QuerySelector($"#{champ}-erreur")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#indicateurs"));
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync("/api/v1/pilotage/tableau-de-bord?echelon=structure-999999")).StatusCode);
    }

    [Fact]
    public async Task L_export_de_l_agent_est_en_clair_et_celui_pour_les_partenaires_sous_secret()
    {
        await CreerAsync();
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        static Dictionary<string, string> Orientes(byte[] octets) => SecretTableauTests.LireCsv(octets).Single(l => l["Indicateur"] == "Personnes orientées");
        var clair = Orientes(await (await agent.GetAsync($"/pilotage/tableau-de-bord?handler=Export&format=csv&{Annee2013}")).Content.ReadAsByteArrayAsync());
        Assert.Equal(("2", "1", "en hausse de 1 (100 %)"), (clair["Du 01/01/2013 au 31/12/2013"], clair["Du 01/01/2012 au 31/12/2012"], clair["Évolution"]));
        var partenaires = Orientes(await (await agent.GetAsync($"/pilotage/tableau-de-bord?handler=Export&format=csv&partenaires=true&{Annee2013}")).Content.ReadAsByteArrayAsync());
        Assert.Equal("secret statistique", partenaires["Du 01/01/2013 au 31/12/2013"]);
        var xlsx = await agent.GetAsync($"/pilotage/tableau-de-bord?handler=Export&format=xlsx&{Annee2013}");
        using var flux = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Niveau", "Indicateur"], SecretTableauTests.Lire(flux)[0].Take(2));
    }
}
