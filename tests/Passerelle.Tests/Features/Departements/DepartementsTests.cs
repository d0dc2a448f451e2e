using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Audit;

namespace Passerelle.Tests.Features.Departements;

public sealed class DepartementsTests(Application app) : IClassFixture<Application>
{
    private const string Nouveau = "/administration/departements/nouveau";

    private Task<int> IdAsync(string code) =>
        app.DansDepartementAsync("49", db => db.Departements.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    private Task<bool> ExisteAsync(string code) =>
        app.DansDepartementAsync("49", db => db.Departements.AnyAsync(d => d.Code == code));

    [Fact]
    public async Task Ouverture_valide_normalise_le_code_liste_le_departement_et_journalise()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var reponse = await admin.SoumettreAsync(Nouveau, new Dictionary<string, string> { ["Saisie.Code"] = " 2a ", ["Saisie.Nom"] = "Corse-du-Sud" });

        Assert.Equal("/administration/departements", Refus.Chemin(reponse));
        var liste = await admin.PageAsync("/administration/departements");
        Assert.Contains(liste.QuerySelectorAll("#departements tbody tr"), tr => tr.TextContent.Contains("2A", StringComparison.Ordinal) && tr.TextContent.Contains("Corse-du-Sud", StringComparison.Ordinal));
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Action == AuditActions.Creation && a.Objet == "Departement" && a.ObjetId == "2A")));
    }

    [Theory]
    [InlineData("99", "Nulle part", "Saisie_Code-erreur", "ne correspond à aucun département")]
    [InlineData("20", "Corse d'avant 1976", "Saisie_Code-erreur", "ne correspond à aucun département")]
    [InlineData("37", "Indre-et-Loire bis", "Saisie_Code-erreur", "déjà ouvert")]
    [InlineData("", "Sans code", "Saisie_Code-erreur", "Saisissez le code INSEE")]
    [InlineData("971", "", "Saisie_Nom-erreur", "Saisissez le nom")]
    public async Task Ouverture_invalide_est_refusee_sans_rien_creer(string code, string nom, string champ, string message)
    {
        var avant = await app.DansDepartementAsync("49", db => db.Departements.CountAsync());
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var reponse = await admin.SoumettreAsync(Nouveau, new Dictionary<string, string> { ["Saisie.Code"] = code, ["Saisie.Nom"] = nom });

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Contains(message, (await Navigateur.DocumentAsync(reponse)).QuerySelector($"#{champ}")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(avant, await app.DansDepartementAsync("49", db => db.Departements.CountAsync()));
    }

    [Fact]
    public async Task Renommage_enregistre_et_refuse_un_formulaire_perime()
    {
        await ComptesDeTest.CreerDepartementAsync(app, "974", "Réunion");
        var page = $"/administration/departements/{await IdAsync("974")}/modifier";
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var version = (await admin.PageAsync(page)).QuerySelector("input[name='Saisie.Version']")?.GetAttribute("value") ?? "";

        await admin.SoumettreAsync(page, new Dictionary<string, string> { ["Saisie.Nom"] = "La Réunion", ["Saisie.Version"] = version });
        var perime = await admin.SoumettreAsync(page, new Dictionary<string, string> { ["Saisie.Nom"] = "Île de la Réunion", ["Saisie.Version"] = version });

        Assert.Contains("modifié entre-temps", (await Navigateur.DocumentAsync(perime)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("La Réunion", await app.DansDepartementAsync("49", db => db.Departements.Where(d => d.Code == "974").Select(d => d.Nom).SingleAsync()));
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Action == AuditActions.Modification && a.ObjetId == "974")));
    }

    [Fact]
    public async Task Desactivation_puis_reactivation_sont_enregistrees_et_journalisees()
    {
        await ComptesDeTest.CreerDepartementAsync(app, "976", "Mayotte");
        var page = $"/administration/departements/{await IdAsync("976")}/modifier";
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        await admin.SoumettreAsync(page, [], $"{page}?handler=Desactiver");
        Assert.False(await app.DansDepartementAsync("49", db => db.Departements.Where(d => d.Code == "976").Select(d => d.Actif).SingleAsync()));
        await admin.SoumettreAsync(page, [], $"{page}?handler=Reactiver");
        Assert.True(await app.DansDepartementAsync("49", db => db.Departements.Where(d => d.Code == "976").Select(d => d.Actif).SingleAsync()));

        var actions = await app.DansDepartementAsync("49", db => db.Audit.Where(a => a.Objet == "Departement" && a.ObjetId == "976").Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.Desactivation, AuditActions.Reactivation], actions.Order());
    }

    [Fact]
    public async Task Desactivation_de_son_propre_departement_est_refusee()
    {
        var page = $"/administration/departements/{await IdAsync("49")}/modifier";
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        await admin.SoumettreAsync(page, [], $"{page}?handler=Desactiver");

        Assert.True(await app.DansDepartementAsync("49", db => db.Departements.Where(d => d.Code == "49").Select(d => d.Actif).SingleAsync()));
        Assert.Contains("votre propre département", (await admin.PageAsync(page)).QuerySelector(".fr-alert--error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Departement_inconnu_repond_404()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/administration/departements/999999/modifier")).StatusCode);
    }
}
