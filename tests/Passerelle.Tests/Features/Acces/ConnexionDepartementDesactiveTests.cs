using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Acces;

/// <summary>Sign-in needs an active account in an active département.</summary>
public sealed class ConnexionDepartementDesactiveTests(Application app) : IClassFixture<Application>
{
    private async Task ActiverDepartementAsync(string code, bool actif)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Departements.Where(d => d.Code == code).ExecuteUpdateAsync(s => s.SetProperty(d => d.Actif, actif));
    }

    private static Task<HttpResponseMessage> ConnexionAsync(Navigateur navigateur, string email) =>
        navigateur.SoumettreAsync("/connexion", new Dictionary<string, string> { ["Saisie.Email"] = email, ["Saisie.MotDePasse"] = DonneesDemo.MotDePasse });

    [Theory]
    [InlineData("08", false)]
    [InlineData("09", true)]
    public async Task Connexion_d_un_compte_d_un_departement_desactive_est_refusee_et_journalisee(string code, bool deuxFacteurs)
    {
        await ComptesDeTest.CreerDepartementAsync(app, code, $"Département {code}");
        var (id, email) = await ComptesDeTest.CreerCompteAsync(app, code, deuxFacteurs ? Role.Administrateur : Role.Lecteur, deuxFacteurs: deuxFacteurs);
        await ActiverDepartementAsync(code, actif: false);
        using var navigateur = Navigateur.Anonyme(app);

        var page = await Navigateur.DocumentAsync(await ConnexionAsync(navigateur, email));

        Assert.Contains("Ce compte est désactivé", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Refus.VersConnexion(await navigateur.GetAsync("/compte"), "compte d'un département désactivé");
        Assert.True(await app.DansDepartementAsync(code, db => db.Audit.AnyAsync(a => a.Action == AuditActions.ConnexionRefusee && a.ObjetId == id)));
    }

    [Fact]
    public async Task Connexion_redevient_possible_quand_le_departement_est_reactive()
    {
        await ComptesDeTest.CreerDepartementAsync(app, "10", "Aube");
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "10", Role.Lecteur);
        await ActiverDepartementAsync("10", actif: false);
        using var navigateur = Navigateur.Anonyme(app);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await ConnexionAsync(navigateur, email)).StatusCode);

        await ActiverDepartementAsync("10", actif: true);
        var reponse = await ConnexionAsync(navigateur, email);

        Assert.Equal("/", reponse.Headers.Location?.OriginalString);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await navigateur.GetAsync("/compte")).StatusCode);
    }
}
