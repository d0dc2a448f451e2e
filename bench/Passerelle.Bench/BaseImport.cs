namespace Passerelle.Bench;

/// <summary>A fresh database (and folder of stored import files) for one series of import runs.</summary>
internal sealed record BaseImport(string Provider, string Connexion, string DossierImports, Func<Task> Nettoyer) : IAsyncDisposable
{
    public const string Departement = "49";

    public static async Task<BaseImport> CreerAsync(string? serveurPostgres, string dossierTravail)
    {
        var (provider, connexion, nettoyer) = await BaseBench.PreparerAsync(serveurPostgres);
        return new BaseImport(provider, connexion, Path.Combine(dossierTravail, "imports-" + Guid.NewGuid().ToString("N")), nettoyer);
    }

    public async ValueTask DisposeAsync()
    {
        await Nettoyer();
        if (Directory.Exists(DossierImports)) Directory.Delete(DossierImports, recursive: true);
    }
}
