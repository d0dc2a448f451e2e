using System.Net;
using System.Text.Json;
using Passerelle.Tests.Support;

namespace Passerelle.Tests.Features.Erreurs;

/// <summary>A period date at the calendar's ends is refused with a French message where it is typed (it used to overflow into a 500).</summary>
public sealed class DatesPlausiblesTests(Application app) : IClassFixture<Application>
{
    [Theory]
    [InlineData("au=9999-12-31", "au")]
    [InlineData("du=0001-01-01", "du")]
    public async Task Api_indicateurs_avec_date_hors_bornes_repond_400_et_nomme_le_champ(string requete, string champ)
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");

        var reponse = await agent.GetAsync("/api/v1/indicateurs/orientation?" + requete);

        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        Assert.Equal("application/problem+json", reponse.Content.Headers.ContentType?.MediaType);
        var erreurs = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal("La date doit être comprise entre 1900 et 2999.", erreurs.GetProperty(champ)[0].GetString());
    }

    [Fact]
    public async Task Api_indicateurs_accepte_les_bornes_des_dates_admises()
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");

        var reponse = await agent.GetAsync("/api/v1/indicateurs/orientation?du=1900-01-01&au=2999-12-31");

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
    }

    [Fact]
    public async Task Page_indicateurs_avec_date_hors_bornes_affiche_l_erreur_du_champ()
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");

        var page = await agent.PageAsync("/indicateurs/orientation?Filtre.Au=9999-12-31");

        Assert.Contains("comprise entre 1900 et 2999", page.QuerySelector("#Filtre_Au-erreur")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journal_avec_date_hors_bornes_affiche_l_erreur_sans_resultats()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var page = await admin.PageAsync("/administration/journal?Filtre.Au=9999-12-31");

        Assert.Contains("comprise entre 1900 et 2999", page.QuerySelector("#Filtre_Au-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#journal"));
    }
}
