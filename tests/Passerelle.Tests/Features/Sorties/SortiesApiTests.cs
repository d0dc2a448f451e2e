using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Sorties;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Sorties;

public sealed class SortiesApiTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Outil_partenaire_enregistre_une_sortie_puis_la_lit_avec_ses_suivis()
    {
        var p = await SortiesDeTest.AccompagneeAsync(app);
        var (ecriture, _) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.SortiesEcriture]);
        using var robot = ClesDeTest.Robot(app, ecriture);
        var version = (await ParcoursDeTest.LireAsync(app, p.ParcoursId)).Version;
        var refus = await robot.PostAsJsonAsync("/api/v1/sorties", new { personneId = p.PersonneId, version, motif = "Emploi" });
        Assert.Equal(HttpStatusCode.BadRequest, refus.StatusCode);
        Assert.Contains("type de contrat", await refus.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await robot.PostAsJsonAsync("/api/v1/sorties", new { personneId = p.PersonneId, version = version + 1, motif = "Emploi", typeContrat = "Cdi" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await robot.PostAsJsonAsync("/api/v1/sorties", new { personneId = p.PersonneId, version, motif = "Emploi", typeContrat = "Cdi" })).StatusCode);

        var (lecture, _) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.SortiesLecture]);
        using var lecteur = ClesDeTest.Robot(app, lecture);
        using var page = JsonDocument.Parse(await lecteur.GetStringAsync(new Uri($"/api/v1/sorties?personneId={p.PersonneId}", UriKind.Relative)));
        var sortie = Assert.Single(page.RootElement.GetProperty("elements").EnumerateArray());
        Assert.Equal(("Enregistree", "Emploi", "Cdi", "EmploiDurable"), (sortie.GetProperty("statut").GetString(), sortie.GetProperty("motif").GetString(),
            sortie.GetProperty("typeContrat").GetString(), sortie.GetProperty("situation").GetString()));
        Assert.Equal([6, 12], sortie.GetProperty("suivis").EnumerateArray().Select(s => s.GetProperty("mois").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, (await lecteur.GetAsync(new Uri($"/api/v1/sorties/{sortie.GetProperty("id").GetInt32()}", UriKind.Relative))).StatusCode);

        // Another département's key does not see it.
        var (ailleurs, _) = await ClesDeTest.CreerAsync(app, "37", [PorteesApi.SortiesLecture]);
        using var autre = ClesDeTest.Robot(app, ailleurs);
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync(new Uri($"/api/v1/sorties/{sortie.GetProperty("id").GetInt32()}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "37", [PorteesApi.SortiesEcriture])).Texte)
            .PostAsJsonAsync("/api/v1/sorties", new { personneId = p.PersonneId, version, motif = "Autre", situation = "Inconnue" })).StatusCode);
    }
}
