using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Acces.ClesApi;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Imports.ImportsDeTest;

namespace Passerelle.Tests.Features.Acces;

public sealed class ClesApiTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Cle_creee_par_l_administrateur_depose_un_flux_puis_revoquee_est_refusee()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var creation = await admin.SoumettreAsync("/administration/cles-api",
            [new("Saisie.Nom", "Dépôt nocturne CAF"), new("Saisie.Portees", PorteesApi.Imports), new("Saisie.ValableJusquAu", Jour(HeureDeTest.Aujourdhui.AddDays(30)))],
            "/administration/cles-api?handler=Creer");
        var cle = (await Navigateur.DocumentAsync(creation)).QuerySelector("#nouvelle-cle")!.TextContent;
        Assert.StartsWith("psr_", cle, StringComparison.Ordinal);
        using var robot = Robot(cle);

        using var corps = new ByteArrayContent(Flux(new DateOnly(2026, 1, 31), Foyer(NouveauNumero(), "2", Personne("ROBOT", "DEPOT", new DateOnly(1977, 7, 7)))));
        var depot = await robot.PostAsync(new Uri("/api/v1/imports/cnaf?nom=nuit.xml", UriKind.Relative), corps);
        Assert.Equal(HttpStatusCode.Accepted, depot.StatusCode);
        var suivi = await robot.GetAsync(depot.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, suivi.StatusCode);
        var id = int.Parse(depot.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("Clé d'API « Dépôt nocturne CAF »", (await AttendreFinAsync(app, id)).Lanceur);
        var cree = await app.DansDepartementAsync("49", db => db.ClesApi.SingleAsync(c => c.Nom == "Dépôt nocturne CAF"));
        Assert.Equal((PorteesApi.Imports, new DateTime(HeureDeTest.Aujourdhui.AddDays(31), TimeOnly.MinValue)), (cree.Portees, HeureDeTest.Paris(cree.ExpireLe)));

        var page = await admin.PageAsync("/administration/cles-api");
        Assert.DoesNotContain(cle, page.Body!.InnerHtml, StringComparison.Ordinal);
        var ligne = page.QuerySelectorAll("#cles tbody tr").Single(tr => tr.TextContent.Contains("Dépôt nocturne CAF", StringComparison.Ordinal));
        var champs = ligne.QuerySelectorAll("input[type=hidden]:not([name=__RequestVerificationToken])").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        await admin.SoumettreAsync("/administration/cles-api", champs, "/administration/cles-api?handler=Revoquer");
        Assert.Equal(HttpStatusCode.Unauthorized, (await robot.GetAsync(depot.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task Cle_sans_portee_dossiers_n_ouvre_ni_les_dossiers_ni_les_pages_ni_un_autre_departement()
    {
        var (cle, _) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.Imports]);
        var import37 = (await ImporterAsync(app, Flux(new DateOnly(2026, 1, 31), Foyer(NouveauNumero(), "2", Personne("TRENTE", "SEPT", new DateOnly(1970, 7, 7)))), departement: "37")).Import!;
        using var robot = Robot(cle);

        Assert.Equal(HttpStatusCode.Forbidden, (await robot.GetAsync(new Uri("/api/v1/dossiers", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await robot.GetAsync(new Uri("/api/v1/moi", UriKind.Relative))).StatusCode);
        Refus.VersConnexion(await robot.GetAsync(new Uri("/imports", UriKind.Relative)), "clé sur /imports");
        Assert.Equal(HttpStatusCode.NotFound, (await robot.GetAsync(new Uri($"/api/v1/imports/{import37.Id}", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("psr_00000000_faux")]
    [InlineData("pas-une-cle")]
    public async Task Cle_inconnue_ou_mal_formee_est_refusee(string cle)
    {
        using var robot = Robot(cle);
        Assert.Equal(HttpStatusCode.Unauthorized, (await robot.GetAsync(new Uri("/api/v1/imports/1", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("agent@49")]
    [InlineData("referent@49")]
    public async Task Page_des_cles_refusee_hors_administrateur(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await navigateur.GetAsync("/administration/cles-api"), login);
    }

    [Theory]
    [InlineData("", "2", "Cochez au moins une portée")]
    [InlineData("inconnue", "2", "Cochez au moins une portée")]
    [InlineData(PorteesApi.Imports, "-1", "Choisissez un jour entre aujourd'hui")]
    [InlineData(PorteesApi.Imports, "366", "Choisissez un jour entre aujourd'hui")]
    public async Task Creation_sans_portee_connue_ou_hors_duree_est_refusee_sans_cle(string portee, string jours, string message)
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var nom = "Refusée " + Guid.NewGuid().ToString("N")[..8];
        var reponse = await admin.SoumettreAsync("/administration/cles-api",
            [new("Saisie.Nom", nom), new("Saisie.Portees", portee), new("Saisie.ValableJusquAu", Jour(HeureDeTest.Aujourdhui.AddDays(int.Parse(jours, System.Globalization.CultureInfo.InvariantCulture))))],
            "/administration/cles-api?handler=Creer");

        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Null(page.QuerySelector("#nouvelle-cle"));
        Assert.Contains(message, page.QuerySelector(".fr-message--error, .fr-error-text")!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.DansDepartementAsync("49", db => db.ClesApi.AnyAsync(c => c.Nom == nom)));
    }

    private static string Jour(DateOnly jour) => jour.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private HttpClient Robot(string cle) => ClesDeTest.Robot(app, cle);
}
