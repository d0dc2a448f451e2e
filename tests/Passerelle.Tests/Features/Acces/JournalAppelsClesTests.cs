using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Acces.ClesApi;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Acces;

public sealed class JournalAppelsClesTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Chaque_appel_d_une_cle_reconnue_est_journalise_sans_ses_criteres_et_visible_de_l_administrateur()
    {
        var (cle, id) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.DossiersLecture]);
        using var robot = ClesDeTest.Robot(app, cle);
        Assert.Equal(HttpStatusCode.OK, (await robot.GetAsync(new Uri("/api/v1/dossiers?nom=SECRETNOM", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await robot.GetAsync(new Uri("/api/v1/indicateurs/orientation", UriKind.Relative))).StatusCode);
        using (var forge = ClesDeTest.Robot(app, cle[..13] + new string('B', 43)))
            Assert.Equal(HttpStatusCode.Unauthorized, (await forge.GetAsync(new Uri("/api/v1/dossiers", UriKind.Relative))).StatusCode);
        await app.DansDepartementAsync("49", db => db.ClesApi.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Actif, false)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await robot.GetAsync(new Uri("/api/v1/dossiers", UriKind.Relative))).StatusCode);

        var appels = await app.DansDepartementAsync("49", db => db.AppelsClesApi.Where(a => a.CleApiId == id).OrderBy(a => a.Id)
            .Select(a => new { a.Methode, a.Chemin, a.Statut }).ToListAsync());
        // The forged key is nobody's: it is not written to this key's log.
        Assert.Equal(
            [new { Methode = "GET", Chemin = "/api/v1/dossiers", Statut = 200 }, new { Methode = "GET", Chemin = "/api/v1/indicateurs/orientation", Statut = 403 }, new { Methode = "GET", Chemin = "/api/v1/dossiers", Statut = 401 }],
            appels);

        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var page = await admin.PageAsync($"/administration/cles-api/{id}/appels");
        var lignes = page.QuerySelectorAll("#appels tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Equal(3, lignes.Count);
        Assert.Contains("401 (clé refusée)", lignes[0], StringComparison.Ordinal);
        Assert.DoesNotContain("SECRETNOM", page.Body!.InnerHtml, StringComparison.Ordinal);
        var liste = await admin.PageAsync("/administration/cles-api");
        var ligne = liste.QuerySelectorAll("#cles tbody tr").Single(tr => tr.QuerySelector($"a[href='/administration/cles-api/{id}/appels']") is not null);
        Assert.DoesNotContain("aucun", ligne.TextContent, StringComparison.Ordinal);
        Assert.Contains("Révoquée", ligne.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journal_d_une_cle_d_un_autre_departement_est_introuvable()
    {
        var (_, id) = await ClesDeTest.CreerAsync(app, "37", [PorteesApi.Imports]);
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/administration/cles-api/{id}/appels")).StatusCode);
    }

    [Fact]
    public async Task Purge_efface_les_appels_passe_la_conservation_et_garde_les_recents()
    {
        var (_, id) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.Imports]);
        await app.DansDepartementAsync("49", async db =>
        {
            foreach (var jours in new[] { 400, 10 })
                db.AppelsClesApi.Add(new AppelCleApi { CleApiId = id, Instant = HeureDeTest.MaintenantUtc.AddDays(-jours), Methode = "GET", Chemin = $"/api/v1/imports/{jours}", Statut = 200 });
            await db.SaveChangesAsync();
        });

        await app.Services.GetServices<IHostedService>().OfType<PurgeAppelsCles>().Single().PurgerAsync(CancellationToken.None);

        Assert.Equal(["/api/v1/imports/10"], await app.DansDepartementAsync("49", db => db.AppelsClesApi.Where(a => a.CleApiId == id).Select(a => a.Chemin).ToListAsync()));
    }
}
