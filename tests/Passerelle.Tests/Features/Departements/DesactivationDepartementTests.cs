using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Departements;

/// <summary>What deactivating a département does to its accounts: no sign-in, open sessions closed, until reactivation.</summary>
public sealed class DesactivationDepartementTests(Application app) : IClassFixture<Application>
{
    private async Task<string> PageAsync(string code) =>
        $"/administration/departements/{await app.DansDepartementAsync("49", db => db.Departements.Where(d => d.Code == code).Select(d => d.Id).SingleAsync())}/modifier";

    private static Task<HttpResponseMessage> AgirAsync(Navigateur admin, string page, string action) =>
        admin.SoumettreAsync(page, [], $"{page}?handler={action}");

    private async Task<string> ConnexionAsync(string email)
    {
        using var navigateur = Navigateur.Anonyme(app);
        var reponse = await navigateur.SoumettreAsync("/connexion", new Dictionary<string, string> { ["Saisie.Email"] = email, ["Saisie.MotDePasse"] = DonneesDemo.MotDePasse });
        return reponse.StatusCode == HttpStatusCode.Redirect
            ? $"redirection vers {reponse.Headers.Location}"
            : (await Navigateur.DocumentAsync(reponse)).QuerySelector("[role=alert]")?.TextContent ?? "";
    }

    [Fact]
    public async Task Desactivation_renouvelle_les_tampons_du_seul_departement_refuse_la_connexion_et_reactivation_la_rend()
    {
        await ComptesDeTest.CreerDepartementAsync(app, "05", "Hautes-Alpes");
        var (premier, email) = await ComptesDeTest.CreerCompteAsync(app, "05", Role.Administrateur);
        var (second, _) = await ComptesDeTest.CreerCompteAsync(app, "05", Role.Lecteur);
        var (ailleurs, _) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Lecteur);
        var avant = new Dictionary<string, string?>();
        foreach (var id in new[] { premier, second, ailleurs })
            avant[id] = (await ComptesDeTest.CompteAsync(app, id)).SecurityStamp;
        var page = await PageAsync("05");
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        Assert.Equal("/administration/departements", Refus.Chemin(await AgirAsync(admin, page, "Desactiver")));

        var (tamponPremier, tamponSecond) = ((await ComptesDeTest.CompteAsync(app, premier)).SecurityStamp, (await ComptesDeTest.CompteAsync(app, second)).SecurityStamp);
        Assert.NotEqual(avant[premier], tamponPremier);
        Assert.NotEqual(avant[second], tamponSecond);
        Assert.NotEqual(tamponPremier, tamponSecond);
        Assert.Equal(avant[ailleurs], (await ComptesDeTest.CompteAsync(app, ailleurs)).SecurityStamp);
        var journal = await app.DansDepartementAsync("49", db => db.Audit.SingleAsync(a => a.Action == AuditActions.Desactivation && a.ObjetId == "05"));
        Assert.Equal("Sessions fermées : 2 comptes", journal.Details);
        Assert.Contains("Ce compte est désactivé", await ConnexionAsync(email), StringComparison.Ordinal);

        await AgirAsync(admin, page, "Reactiver");

        // An administrator without a second factor yet: signing in again sends them to set it up.
        Assert.Equal("redirection vers /compte/double-authentification?obligatoire=True", await ConnexionAsync(email));
    }

    [Fact]
    public async Task Desactivation_ferme_les_sessions_ouvertes_du_departement_et_pas_les_autres()
    {
        await using var revalidant = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero)));
        await ComptesDeTest.CreerDepartementAsync(app, "06", "Alpes-Maritimes");
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "06", Role.PiloteProgramme);
        var (_, email49) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.PiloteProgramme);
        using var session = await ComptesDeTest.ConnecterAsync(revalidant, email);
        using var session49 = await ComptesDeTest.ConnecterAsync(revalidant, email49);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/")).StatusCode);
        var page = await PageAsync("06");
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        await AgirAsync(admin, page, "Desactiver");

        Refus.VersConnexion(await session.GetAsync("/"), "session d'un compte du département désactivé");
        Assert.Equal(HttpStatusCode.OK, (await session49.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Desactivation_d_un_departement_deja_desactive_ne_change_rien()
    {
        await ComptesDeTest.CreerDepartementAsync(app, "07", "Ardèche");
        var (id, _) = await ComptesDeTest.CreerCompteAsync(app, "07", Role.Lecteur);
        var page = await PageAsync("07");
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        await AgirAsync(admin, page, "Desactiver");
        var tampon = (await ComptesDeTest.CompteAsync(app, id)).SecurityStamp;

        await AgirAsync(admin, page, "Desactiver");

        Assert.Equal(tampon, (await ComptesDeTest.CompteAsync(app, id)).SecurityStamp);
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == AuditActions.Desactivation && a.ObjetId == "07")));
    }
}
