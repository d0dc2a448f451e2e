using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Reel = Passerelle.Tests.Features.Dossiers.Cnaf.FluxReelDeTest;

namespace Passerelle.Tests.Features.Imports;

/// <summary>
/// The command as an operator runs it on a server where the application never started: a real process on an
/// empty data folder (SQLite), with the production default that seeds demo data on a new base.
/// </summary>
public sealed class BaseNeuveImportTests : IDisposable
{
    private readonly string dossier = Directory.CreateTempSubdirectory("passerelle-base-neuve-").FullName;

    [Fact]
    public async Task Import_cnaf_sur_un_dossier_de_donnees_neuf_migre_cree_le_departement_et_importe_sans_donnees_de_demonstration()
    {
        var fichier = Path.Combine(dossier, "flux.xml");
        await File.WriteAllBytesAsync(fichier, Reel.Fichier(
            Reel.Foyer("01024041052", Reel.Personne("CJT", "TIFOUR", "SOPHIE", "1982-02-01", "2820251108030")),
            Reel.Foyer("01024041053", Reel.Personne("DEM", "KELLER", "NOEL", "1977-03-23", "1770393050005", "1"))));

        var (code, sortie) = await CommandeAsync("import", "cnaf", fichier, "--departement", "49");

        Assert.True(code == 0, sortie);
        Assert.Contains("Base neuve : département 49 créé pour cet import.", sortie, StringComparison.Ordinal);
        Assert.Contains("créés 2", sortie, StringComparison.Ordinal);
        Assert.Equal((1L, 2L, 1L), (Compter("Departements"), Compter("DossiersRsa"), Compter("AvertissementsDossier")));

        var (autre, refus) = await CommandeAsync("import", "cnaf", fichier, "--departement", "44");
        Assert.Equal(1, autre);
        Assert.Contains("Département « 44 » inconnu de cette base", refus, StringComparison.Ordinal);
        Assert.Equal(1L, Compter("Departements"));
    }

    private string Base => Path.Combine(dossier, "data", "passerelle.db");

    private long Compter(string table)
    {
        using var connexion = new SqliteConnection($"Data Source={Base};Mode=ReadOnly;Pooling=False");
        connexion.Open();
        using var commande = connexion.CreateCommand();
        commande.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)commande.ExecuteScalar()!;
    }

    private async Task<(int Code, string Sortie)> CommandeAsync(params string[] arguments)
    {
        var demarrage = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = dossier,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        demarrage.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var a in arguments) demarrage.ArgumentList.Add(a);
        demarrage.Environment["ConnectionStrings__Sqlite"] = $"Data Source={Base}";
        demarrage.Environment["Database__Provider"] = "Sqlite";
        demarrage.Environment["Database__SeedDemo"] = "true";
        demarrage.Environment["Imports__Dossier"] = Path.Combine(dossier, "imports");
        demarrage.Environment["Rappels__IntervalleMinutes"] = "0";
        demarrage.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        using var processus = Process.Start(demarrage)!;
        var sortie = processus.StandardOutput.ReadToEndAsync();
        var erreurs = processus.StandardError.ReadToEndAsync();
        using var limite = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await processus.WaitForExitAsync(limite.Token);
        return (processus.ExitCode, await sortie + await erreurs);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dossier, recursive: true);
    }
}
