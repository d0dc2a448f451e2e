using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Chiffrement;

namespace Passerelle.Web.Data;

public static class DemarrageBase
{
    /// <summary>
    /// Applies pending migrations, then fills an empty database with demo data when configured:
    /// <c>Demo:Foyers</c> RSA foyers per département, or <c>Demo:Echelle=seeds</c> for the seeds' volumes.
    /// A command (<paramref name="demo"/> false) never seeds: an import on a new base must not land among invented dossiers.
    /// </summary>
    public static async Task PreparerBaseAsync(this WebApplication app, bool demo = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        // Write-ahead log: pages keep reading while a background import writes (persistent in the file).
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await ProtegerAsync(app, db);
        await IndexationNoms.ExecuterAsync(db, app.Logger);
        await StatistiquesBase.ActualiserAsync(db);
        if (!demo || !app.Configuration.GetValue("Database:SeedDemo", false)) return;
        if (await db.Departements.AnyAsync()) return;
        var options = new OptionsDemo(Departements: DepartementsDemo(app),
            Foyers: app.Configuration.GetValue("Demo:Foyers", OptionsDemo.FoyersParDefaut),
            VolumesSeeds: string.Equals(app.Configuration["Demo:Echelle"], "seeds", StringComparison.OrdinalIgnoreCase));
        var rapport = await DonneesDemo.RemplirAsync(app.Services, options);
        await StatistiquesBase.ActualiserAsync(db, rapport.Dossiers);
        app.Logger.LogInformation("Données de démonstration créées : {Departements} départements, {Utilisateurs} comptes, {Dossiers} dossiers RSA.",
            rapport.Departements, rapport.Utilisateurs, rapport.Dossiers);
    }

    /// <summary>
    /// Checks the encryption keys against the base (a wrong key stops start-up), then encrypts what earlier versions
    /// kept in clear or re-encrypts what an older key version protects (docs/operations.md, « Clés de chiffrement »).
    /// </summary>
    private static async Task ProtegerAsync(WebApplication app, AppDbContext db)
    {
        var chiffrement = app.Services.GetRequiredService<ChiffrementDonnees>();
        var cles = app.Services.GetRequiredService<ClesChiffrement>();
        await VerificationCles.VerifierAsync(db, chiffrement, cles);
        await ConversionNir.ExecuterAsync(db, chiffrement, app.Services.GetRequiredService<ProtectionNir>(), app.Logger);
        await VerificationCles.OublierAnciennesAsync(db, cles);
    }

    /// <summary><c>Demo:Departements</c>: comma-separated INSEE codes, or « tous » for every département (benchmarks).</summary>
    private static string[]? DepartementsDemo(WebApplication app) => app.Configuration["Demo:Departements"] switch
    {
        null or "" => null,
        "tous" => app.Services.GetRequiredService<Features.Communes.Communes>().CodesDepartements.ToArray(),
        var liste => liste.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    };
}
