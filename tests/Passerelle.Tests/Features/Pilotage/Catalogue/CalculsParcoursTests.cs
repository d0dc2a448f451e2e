using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Portefeuille.DonneesPortefeuille;

namespace Passerelle.Tests.Features.Pilotage.Catalogue;

/// <summary>
/// Drôme's action 7 (« reçus dans le délai prévu ») and the oriented count on parcours built by hand in 2011, a year no other
/// data reaches: A oriented 10/01, first appointment 01/03 (within 2 months); B oriented 10/01, appointment 15/03 (beyond 10/03);
/// C oriented 01/11, appointment 05/01/2012 (out of the period); a « jeunes » parcours within the deadline (not RSA, not counted).
/// </summary>
public sealed class CalculsParcoursTests(Application app) : IClassFixture<Application>
{
    private async Task CreerAsync()
    {
        foreach (var (orientation, rdv, type, publicSuivi) in new[]
        {
            (new DateOnly(2011, 1, 10), new DateOnly(2011, 3, 1), TypeOrientation.Sociale, Parcours.PublicRsa),
            (new DateOnly(2011, 1, 10), new DateOnly(2011, 3, 15), TypeOrientation.Professionnelle, Parcours.PublicRsa),
            (new DateOnly(2011, 11, 1), new DateOnly(2012, 1, 5), TypeOrientation.Sociale, Parcours.PublicRsa),
            (new DateOnly(2011, 1, 10), new DateOnly(2011, 2, 1), TypeOrientation.Sociale, "JEUNES"),
        })
            await PersonneAsync(app, p => (p.DateEntree, p.DateOrientation, p.DatePremierRdvReferent, p.TypeOrientation, p.Public, p.Etape) =
                (orientation.AddDays(-20), orientation, rdv, type, publicSuivi, EtapeParcours.Accompagne));
    }

    [Fact]
    public async Task Recus_dans_le_delai_et_orientes_sur_un_jeu_connu_en_clair_pour_l_agent_masques_sous_secret()
    {
        await CreerAsync();
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        async Task<JsonElement> LireAsync(HttpClient client, string code, string? ventilation = null) =>
            (await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/pilotage/indicateurs/{code}?du=2011-01-01&au=2011-12-31{(ventilation is null ? "" : "&ventilation=" + ventilation)}", UriKind.Relative)))
            .GetProperty("valeur");
        var recus = await LireAsync(agent.Client, "ORI-RECUS-DELAI", "TypeOrientation");
        Assert.Equal((1m, 1, 2), (recus.GetProperty("valeur").GetDecimal(), recus.GetProperty("numerateur").GetInt32(), recus.GetProperty("denominateur").GetInt32()));
        var parType = recus.GetProperty("lignes").EnumerateArray().ToDictionary(l => l.GetProperty("libelle").GetString()!, l => l.GetProperty("valeur").GetDecimal());
        Assert.Equal([0m, 1m], parType.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => x.Value));
        Assert.Equal(3m, (await LireAsync(agent.Client, "ORI-ORIENTES")).GetProperty("valeur").GetDecimal());

        using var cle = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.PilotageLecture])).Texte);
        var secret = await LireAsync(cle, "ORI-ORIENTES");
        Assert.True(secret.GetProperty("masquee").GetBoolean());
        Assert.Equal(JsonValueKind.Null, secret.GetProperty("valeur").ValueKind);
    }
}
