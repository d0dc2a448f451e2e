using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Tests.Features.Departements;

public sealed class DepartementsTests(Application app) : IClassFixture<Application>
{
    private Task<int> IdAsync(string code) =>
        app.DansDepartementAsync("49", db => db.Departements.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

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
