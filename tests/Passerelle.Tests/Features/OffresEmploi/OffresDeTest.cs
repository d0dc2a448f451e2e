using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Structures;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.OffresEmploi;

/// <summary>Employers, offers and référents of 49 for the offers' tests, each test creating its own.</summary>
internal static class OffresDeTest
{
    public static async Task<HttpClient> RobotAsync(Application app) =>
        ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.OffresEmploiLecture, PorteesApi.OffresEmploiEcriture, PorteesApi.EmployeursEcriture])).Texte);

    public static async Task<int> EmployeurAsync(HttpClient robot, string effectif = "UnANeuf")
    {
        var reponse = await robot.PostAsJsonAsync(new Uri("/api/v1/employeurs", UriKind.Relative),
            new { siret = SiretsDeTest.Nouveau(), raisonSociale = $"Employeur {Guid.NewGuid():N}"[..30], commune = "49007", effectif });
        Assert.Equal(HttpStatusCode.Created, reponse.StatusCode);
        return (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task<int> OffreAsync(HttpClient robot, int employeurId, string commune, string contrat = "Cdd", int? duree = 6, string? publication = null)
    {
        var reponse = await robot.PostAsJsonAsync(new Uri("/api/v1/offres-emploi", UriKind.Relative), new
        {
            employeurId,
            intitule = "Aide à domicile",
            codeRome = "k1302",
            typeContrat = contrat,
            dureeMois = duree,
            heuresHebdomadaires = 24,
            commune,
            nombrePostes = 2,
            datePublication = publication,
        });
        Assert.Equal(HttpStatusCode.Created, reponse.StatusCode);
        return (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    /// <summary>A commune of a territoire one of the référent's structures serves: offers there are published to them.</summary>
    public static Task<string> CommuneDuReferentAsync(Application app, string email = "referent@49.passerelle.test") =>
        app.DansDepartementAsync("49", db =>
        {
            var structures = db.Habilitations.Where(h => h.Role == Role.Referent && db.Users.Any(u => u.Id == h.UtilisateurId && u.Email == email)).Select(h => h.StructureId);
            var territoires = db.Set<StructureTerritoire>().Where(t => structures.Contains(t.StructureId)).Select(t => t.TerritoireId);
            return db.Set<TerritoireCommune>().Where(t => territoires.Contains(t.TerritoireId)).OrderBy(t => t.CodeInsee).Select(t => t.CodeInsee).FirstAsync();
        });

    /// <summary>A new référent of a structure serving none of the commune's territoire.</summary>
    public static async Task<string> ReferentAilleursAsync(Application app, string commune)
    {
        var structure = await app.DansDepartementAsync("49", db =>
        {
            var territoire = db.Set<TerritoireCommune>().Where(t => t.CodeInsee == commune).Select(t => t.TerritoireId);
            return db.Structures.Where(s => s.Territoires.Any() && !s.Territoires.Any(t => territoire.Contains(t.TerritoireId))).Select(s => s.Id).FirstAsync();
        });
        return (await ComptesDeTest.CreerCompteAsync(app, "49", Role.Referent, structureId: structure)).Email;
    }

    public static async Task<JsonElement> EtapeAsync(HttpClient robot, int mise, object etape, HttpStatusCode attendu)
    {
        var reponse = await robot.PostAsJsonAsync(new Uri($"/api/v1/mises-en-relation/{mise}/etape", UriKind.Relative), etape);
        Assert.True(attendu == reponse.StatusCode, $"étape {JsonSerializer.Serialize(etape)} : {reponse.StatusCode} {await reponse.Content.ReadAsStringAsync()}");
        return await reponse.Content.ReadFromJsonAsync<JsonElement>();
    }
}
