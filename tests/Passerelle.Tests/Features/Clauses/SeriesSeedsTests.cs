using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Demo;

namespace Passerelle.Tests.Features.Clauses;

/// <summary>
/// The seeds' clause series as a test of the definitions: the demo dataset built for them gives, through the dashboard's
/// query, exactly 50,000 hours completed in Indre-et-Loire in 2013 (001:L258) and 32,090 in Sarthe in 2015 (002:L327).
/// </summary>
public sealed class SeriesSeedsTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Tableau_de_bord_retrouve_les_heures_realisees_des_seeds()
    {
        await DonneesDemo.RemplirAsync(app.Services, new OptionsDemo(Departements: ["72"], ReferentsParStructure: 1, Foyers: 0));
        foreach (var (departement, annee, heures) in new[] { ("37", 2013, 50_000m), ("72", 2015, 32_090m) })
        {
            using var lecteur = await Navigateur.ConnecteAsync(app, $"lecteur@{departement}");
            var tableau = await lecteur.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/clauses/tableau?de={annee - 1}&a={annee + 1}", UriKind.Relative));
            var parAnnee = tableau.GetProperty("annees").EnumerateArray().ToDictionary(a => a.GetProperty("annee").GetInt32(), a => a.GetProperty("realisees").GetDecimal());
            Assert.Equal(heures, parAnnee[annee]);
            Assert.Equal(0m, parAnnee[annee - 1]);
            Assert.Equal(0m, parAnnee[annee + 1]);
            Assert.Equal(heures, tableau.GetProperty("parTerritoire").EnumerateArray().Sum(t => t.GetProperty("realisees").GetDecimal()));
            var page = await lecteur.PageAsync($"/clauses?De={annee}&A={annee}");
            Assert.Equal(heures.ToString("0", System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector($"#par-annee tr[data-annee='{annee}'] .realisees")?.TextContent);
        }
    }
}
