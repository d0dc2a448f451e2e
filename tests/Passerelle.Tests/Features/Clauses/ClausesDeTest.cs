using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Support;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Clauses;

/// <summary>Contracts and participants of 2025 (past months the ceiling can be tested on), written through the API.</summary>
internal static class ClausesDeTest
{
    public static async Task<HttpClient> RobotAsync(Application app, string departement = "49") =>
        ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, departement, [PorteesApi.ClausesLecture, PorteesApi.ClausesEcriture])).Texte);

    public static string Numero() => $"T-{Guid.NewGuid():N}"[..20];

    public static async Task<int> MarcheAsync(HttpClient client, string numero, int? territoireId = null)
    {
        var reponse = await client.PostAsJsonAsync(new Uri("/api/v1/clauses", UriKind.Relative), new
        {
            numero,
            acheteur = "Département",
            objet = "Réhabilitation du collège",
            lots = "Lot 1\nLot 2",
            dateDebut = "2025-01-01",
            dateFin = "2025-12-31",
            heuresExigees = 1200,
            territoireId,
        });
        Assert.True(reponse.StatusCode == HttpStatusCode.Created, await reponse.Content.ReadAsStringAsync());
        return (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task<int> ParticipantAsync(HttpClient client, int marche, string nom, string prenom = "Camille", string naissance = "1985-06-15")
    {
        var reponse = await client.PostAsJsonAsync(new Uri($"/api/v1/clauses/{marche}/participants", UriKind.Relative),
            new { nom, prenom, dateNaissance = naissance, @public = "Rsa" });
        Assert.True(reponse.StatusCode == HttpStatusCode.OK, await reponse.Content.ReadAsStringAsync());
        return (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static Task<HttpResponseMessage> MoisAsync(HttpClient client, int marche, string mois, params (int Participant, decimal? Heures)[] lignes) =>
        client.PutAsJsonAsync(new Uri($"/api/v1/clauses/{marche}/heures", UriKind.Relative),
            new { mois, lignes = lignes.Select(l => new { participantId = l.Participant, heures = l.Heures }) });

    public static async Task<decimal> RealiseesAsync(HttpClient client, int marche, int annee)
    {
        var fiche = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/clauses/{marche}", UriKind.Relative));
        return fiche.GetProperty("annees").EnumerateArray().Where(a => a.GetProperty("annee").GetInt32() == annee).Select(a => a.GetProperty("realisees").GetDecimal()).SingleOrDefault();
    }
}
