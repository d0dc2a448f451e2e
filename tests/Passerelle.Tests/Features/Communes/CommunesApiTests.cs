using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Communes;

namespace Passerelle.Tests.Features.Communes;

public sealed class CommunesApiTests(Application app) : IClassFixture<Application>
{
    private static readonly Uri Angers = new("/api/v1/communes?q=angers", UriKind.Relative);

    [Fact]
    public async Task Recherche_par_nom_sans_accent_ni_majuscule_trouve_la_commune_du_departement()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "referent@49");
        var communes = await navigateur.Client.GetFromJsonAsync<List<CommunesApi.CommuneDto>>(Angers);
        var angers = Assert.Single(communes!, c => c.CodeInsee == "49007");
        Assert.Equal("Angers (49007)", angers.Libelle);
        Assert.All(communes!, c => Assert.StartsWith("49", c.CodeInsee, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Recherche_ne_sort_pas_du_departement_de_l_utilisateur()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@37");
        var communes = await navigateur.Client.GetFromJsonAsync<List<CommunesApi.CommuneDto>>(new Uri("/api/v1/communes?q=490", UriKind.Relative));
        Assert.Empty(communes!);
        var tours = await navigateur.Client.GetFromJsonAsync<List<CommunesApi.CommuneDto>>(new Uri("/api/v1/communes?q=tours", UriKind.Relative));
        Assert.Contains(tours!, c => c.CodeInsee == "37261");
    }

    [Fact]
    public async Task Recherche_large_est_limitee_a_20_resultats()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var communes = await navigateur.Client.GetFromJsonAsync<List<CommunesApi.CommuneDto>>(new Uri("/api/v1/communes?q=49", UriKind.Relative));
        Assert.Equal(CommunesApi.Maximum, communes!.Count);
    }

    [Fact]
    public async Task Recherche_sans_texte_renvoie_un_probleme_de_validation()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await navigateur.GetAsync("/api/v1/communes");
        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        using var probleme = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync());
        Assert.Equal("Saisissez le début du nom ou du code INSEE de la commune.", probleme.RootElement.GetProperty("errors").GetProperty("q")[0].GetString());
    }

    [Theory]
    [InlineData("lecteur@49", HttpStatusCode.Forbidden)]
    [InlineData("beneficiaire@49", HttpStatusCode.Forbidden)]
    [InlineData("membre-ep@49", HttpStatusCode.Forbidden)]
    public async Task Recherche_refusee_hors_des_roles_de_l_annuaire(string login, HttpStatusCode attendu)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Assert.Equal(attendu, (await navigateur.GetAsync("/api/v1/communes?q=angers")).StatusCode);
    }

    [Fact]
    public async Task Recherche_sans_session_repond_401()
    {
        using var navigateur = Navigateur.Anonyme(app);
        Assert.Equal(HttpStatusCode.Unauthorized, (await navigateur.Client.GetAsync(Angers)).StatusCode);
    }
}
