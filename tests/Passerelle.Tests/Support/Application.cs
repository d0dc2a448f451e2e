using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Demo;

namespace Passerelle.Tests.Support;

/// <summary>
/// The real application on its own database, migrated and filled with the demo data of two
/// départements (Maine-et-Loire 49 and Indre-et-Loire 37), each with a few imported RSA dossiers:
/// tests sign in with the demo logins and use 37 as "another département". Tests that write create their own rows.
/// </summary>
public class Application : WebApplicationFactory<Program>, IAsyncLifetime
{
    public BaseDeTest Base { get; } = new();

    /// <summary>Where this application keeps imported files; removed with it.</summary>
    public string DossierImports { get; } = Path.Combine(Path.GetTempPath(), "passerelle-imports-" + Guid.NewGuid().ToString("N"));

    /// <summary>This application's encryption keys (base64): a restart on the same base needs the same ones.</summary>
    public (string Nir, string Empreinte) Cles { get; init; } =
        (Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        builder.UseSetting("Chiffrement:Cles:1", Cles.Nir);
        builder.UseSetting("Chiffrement:CleEmpreinte", Cles.Empreinte);
        builder.UseSetting("Database:Provider", Base.Provider);
        builder.UseSetting($"ConnectionStrings:{Base.Provider}", Base.ChaineConnexion);
        builder.UseSetting("Database:SeedDemo", "false");
        builder.UseSetting("Imports:Dossier", DossierImports);
        builder.UseSetting("Documents:Dossier", Path.Combine(DossierImports, "documents"));
        // Tests drive the reminder job themselves (RappelsTests), so it never runs behind their back.
        builder.UseSetting("Rappels:IntervalleMinutes", "0");
    }

    /// <summary>The départements of the demo data; 37 is "another département".</summary>
    protected virtual IReadOnlyList<string> Departements => ["49", "37"];

    public virtual async Task InitializeAsync()
    {
        StartServer();
        await DonneesDemo.RemplirAsync(Services, new OptionsDemo(Departements: [.. Departements], ReferentsParStructure: 1, Foyers: 30));
    }

    /// <summary>Runs work against the database as the given département (no signed-in user).</summary>
    public Task<T> DansDepartementAsync<T>(string code, Func<AppDbContext, Task<T>> travail) =>
        DansDepartementAsync(code, (db, _) => travail(db));

    /// <summary>Runs work against the database and the scoped services of the given département (no signed-in user).</summary>
    public async Task<T> DansDepartementAsync<T>(string code, Func<AppDbContext, IServiceProvider, Task<T>> travail)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.Departements.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(id);
        return await travail(db, scope.ServiceProvider);
    }

    public Task DansDepartementAsync(string code, Func<AppDbContext, Task> travail) =>
        DansDepartementAsync(code, async db => { await travail(db); return true; });

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Base.DisposeAsync();
        if (Directory.Exists(DossierImports)) Directory.Delete(DossierImports, recursive: true);
        await LibererAsync();
    }

    /// <summary>Stops what a derived fixture started beside the application.</summary>
    protected virtual ValueTask LibererAsync() => ValueTask.CompletedTask;
}
