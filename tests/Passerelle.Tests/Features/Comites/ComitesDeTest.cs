using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Support;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Comites;

/// <summary>Instances, members and meetings written through the API, each test with names of its own.</summary>
internal static class ComitesDeTest
{
    public static async Task<HttpClient> RobotAsync(Application app, string departement = "49") =>
        ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, departement, [PorteesApi.ComitesLecture, PorteesApi.ComitesEcriture])).Texte);

    public static string Nom(string prefixe) => $"{prefixe} {Guid.NewGuid():N}"[..(prefixe.Length + 13)];

    public static string Jour(int decalage) => HeureDeTest.Aujourdhui.AddDays(decalage).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Task<HttpResponseMessage> PosterAsync(HttpClient client, string url, object corps) => client.PostAsJsonAsync(new Uri(url, UriKind.Relative), corps);

    public static Task<HttpResponseMessage> PutAsync(HttpClient client, string url, object corps) => client.PutAsJsonAsync(new Uri(url, UriKind.Relative), corps);

    public static async Task<int> IdAsync(HttpResponseMessage reponse)
    {
        Assert.True(reponse.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await reponse.Content.ReadAsStringAsync());
        return (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task<int> InstanceAsync(HttpClient client, string type = "Pilotage", int? territoireId = null, string? nom = null) =>
        await IdAsync(await PosterAsync(client, "/api/v1/comites", new { nom = nom ?? Nom("Comité"), type, territoireId, frequence = "Semestrielle" }));

    public static async Task<int> MembreAsync(HttpClient client, int comite, string nom, string type = "Caf") =>
        await IdAsync(await PosterAsync(client, $"/api/v1/comites/{comite}/membres", new { nom, type }));

    public static async Task<int> ReunionAsync(HttpClient client, int comite, int decalage) =>
        await IdAsync(await PosterAsync(client, $"/api/v1/comites/{comite}/reunions", new { date = Jour(decalage), lieu = "Hôtel du Département" }));

    public static async Task<JsonElement> LireAsync(HttpClient client, string url) => await client.GetFromJsonAsync<JsonElement>(new Uri(url, UriKind.Relative));

    public static async Task<int> VersionAsync(HttpClient client, int reunion) => (await LireAsync(client, $"/api/v1/comites/reunions/{reunion}")).GetProperty("version").GetInt32();

    /// <summary>A refusal in 422 whose « errors » name <paramref name="champ"/>; returns that field's message.</summary>
    public static async Task<string> RefusAsync(HttpResponseMessage reponse, string champ)
    {
        var texte = await reponse.Content.ReadAsStringAsync();
        Assert.True(reponse.StatusCode == HttpStatusCode.UnprocessableEntity, $"{reponse.StatusCode} : {texte}");
        var erreurs = JsonDocument.Parse(texte).RootElement.GetProperty("errors");
        Assert.True(erreurs.TryGetProperty(champ, out var messages), $"Pas d'erreur sur {champ} : {texte}");
        return messages[0].GetString()!;
    }
}
