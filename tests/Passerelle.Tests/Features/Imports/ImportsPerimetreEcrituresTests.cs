using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Imports.Tableur;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Imports;
using Passerelle.Web.Features.Imports.Tableur;

namespace Passerelle.Tests.Features.Imports;

/// <summary>
/// Import and spreadsheet-configuration ids posted by a département-wide agent of another département
/// (the only scope of these pages): the answer a missing id gets, and nothing written.
/// </summary>
public sealed class ImportsPerimetreEcrituresTests(Application app) : IClassFixture<Application>
{
    private static string Texte(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<int> ConfigurationAsync(string departement, bool actif = true) =>
        app.DansDepartementAsync(departement, async db =>
        {
            var configuration = TableurDeTest.Configuration($"Périmètre {Guid.NewGuid():N}"[..30]);
            configuration.Actif = actif;
            db.ConfigurationsTableur.Add(configuration);
            await db.SaveChangesAsync();
            return configuration.Id;
        });

    private Task<ImportFichier> ImportAsync(string departement, StatutImport statut) =>
        app.DansDepartementAsync(departement, async db =>
        {
            var import = new ImportFichier
            {
                Type = TypeImport.Cnaf,
                NomFichier = "flux.xml",
                CheminFichier = "absent.xml",
                Empreinte = Guid.NewGuid().ToString("N"),
                Lanceur = "test",
                Statut = statut,
                CreeLe = DateTime.UtcNow,
            };
            db.Imports.Add(import);
            await db.SaveChangesAsync();
            return import;
        });

    private Task<int> NombreImportsAsync() =>
        Task.WhenAll(app.DansDepartementAsync("49", db => db.Imports.CountAsync()), app.DansDepartementAsync("37", db => db.Imports.CountAsync()))
            .ContinueWith(t => t.Result.Sum(), TaskScheduler.Default);

    [Fact]
    public async Task Depot_d_un_tableur_avec_la_configuration_d_un_autre_departement_ou_desactivee_est_refuse_et_rien_n_est_cree()
    {
        var configuration37 = await ConfigurationAsync("37");
        var desactivee = await ConfigurationAsync("49", actif: false);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var avant = await NombreImportsAsync();
        var fichier = Encoding.UTF8.GetBytes(TableurDeTest.Csv(TableurDeTest.LignesValides()));

        foreach (var id in new[] { configuration37, desactivee, int.MaxValue })
        {
            var reponse = await agent.DeposerAsync("/imports/nouveau",
                [new("Saisie.Type", "Tableur"), new("Saisie.ConfigurationId", Texte(id)), new("Saisie.DateReference", "2026-03-31")], "extraction.csv", fichier);
            Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
            Assert.Contains("Choisissez la configuration", (await Navigateur.DocumentAsync(reponse)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(avant, await NombreImportsAsync());
    }

    [Fact]
    public async Task Depot_d_un_tableur_avec_une_configuration_active_du_departement_cree_l_apercu()
    {
        var configuration = await ConfigurationAsync("49");
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");

        var reponse = await agent.DeposerAsync("/imports/nouveau",
            [new("Saisie.Type", "Tableur"), new("Saisie.ConfigurationId", Texte(configuration)), new("Saisie.DateReference", "2026-03-31")],
            "extraction.csv", Encoding.UTF8.GetBytes(TableurDeTest.Csv(TableurDeTest.LignesValides())));

        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var id = int.Parse(reponse.Headers.Location!.OriginalString["/imports/".Length..], CultureInfo.InvariantCulture);
        var import = await app.DansDepartementAsync("49", db => db.Imports.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal((StatutImport.Apercu, configuration), (import.Statut, import.ConfigurationTableurId));
    }

    [Fact]
    public async Task Lancement_rejeu_et_reprise_d_un_import_d_un_autre_departement_sont_refuses_et_rien_ne_change()
    {
        var apercu = await ImportAsync("37", StatutImport.Apercu);
        var echoue = await ImportAsync("37", StatutImport.Echoue);
        var interrompu = await ImportAsync("37", StatutImport.Interrompu);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var jeton = await ComptesDeTest.JetonAsync(agent, "/imports/nouveau");
        var avant = await NombreImportsAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await agent.PosterAsync($"/imports/{apercu.Id}?handler=Lancer", [], jeton)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.PosterAsync($"/imports/{echoue.Id}?handler=Rejouer", [], jeton)).StatusCode);
        // A resume of an id that is not an interrupted import of the département gets the page's usual message, whatever the id.
        var reprise = await agent.DeposerAsync("/imports/nouveau", [], "corrige.xml", [1, 2, 3], $"/imports/{interrompu.Id}?handler=Reprendre");
        var inconnue = await agent.DeposerAsync("/imports/nouveau", [], "corrige.xml", [1, 2, 3], $"/imports/{int.MaxValue}?handler=Reprendre");
        Assert.Equal((HttpStatusCode.Redirect, $"/imports/{interrompu.Id}"), (reprise.StatusCode, reprise.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.Redirect, inconnue.StatusCode);

        Assert.Equal(avant, await NombreImportsAsync());
        var apres = await app.DansDepartementAsync("37", db => db.Imports.AsNoTracking().Where(i => i.Id == apercu.Id || i.Id == interrompu.Id).ToListAsync());
        Assert.All(apres, i => Assert.Equal(0, i.Version));
        Assert.Equal(StatutImport.Apercu, apres.Single(i => i.Id == apercu.Id).Statut);
    }

    [Fact]
    public async Task Modification_desactivation_reactivation_et_essai_d_une_configuration_d_un_autre_departement_repondent_404_et_rien_ne_change()
    {
        var id = await ConfigurationAsync("37");
        var avant = await app.DansDepartementAsync("37", db => db.ConfigurationsTableur.AsNoTracking().SingleAsync(c => c.Id == id));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var jeton = await ComptesDeTest.JetonAsync(agent, "/imports/configurations/nouvelle");

        var modification = new Dictionary<string, string>
        {
            ["Saisie.Nom"] = "Piratée",
            ["Saisie.Separateur"] = "Automatique",
            ["Saisie.Encodage"] = "Automatique",
            ["Saisie.LigneEntete"] = "1",
            ["Saisie.FormatsDate"] = "dd/MM/yyyy",
            ["Saisie.Version"] = "0"
        };
        foreach (var (champ, colonne) in TableurDeTest.Configuration().Colonnes) modification[$"Saisie.Colonnes[{champ}]"] = colonne;
        Assert.Equal(HttpStatusCode.NotFound, (await agent.PosterAsync($"/imports/configurations/{id}", modification, jeton)).StatusCode);
        foreach (var handler in new[] { "Desactiver", "Reactiver" })
            Assert.Equal(HttpStatusCode.NotFound, (await agent.PosterAsync($"/imports/configurations/{id}?handler={handler}", [new("version", "0")], jeton)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await agent.DeposerAsync("/imports/configurations/nouvelle", [], "essai.csv", Encoding.UTF8.GetBytes("a;b"), $"/imports/configurations/{id}/essai")).StatusCode);

        var apres = await app.DansDepartementAsync("37", db => db.ConfigurationsTableur.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal((avant.Nom, avant.Actif, avant.Version), (apres.Nom, apres.Actif, apres.Version));
    }
}
