using Npgsql;

namespace Passerelle.Tests.Support;

/// <summary>
/// One throwaway database per test fixture: a temporary SQLite file, or, when
/// PASSERELLE_TEST_POSTGRES holds a server connection string, a fresh PostgreSQL database on it.
/// If PostgreSQL is requested and unreachable, tests fail: there is no silent fallback.
/// </summary>
public sealed class BaseDeTest : IAsyncDisposable
{
    public const string VariablePostgres = "PASSERELLE_TEST_POSTGRES";

    private readonly string? serveurPostgres = Environment.GetEnvironmentVariable(VariablePostgres) is { Length: > 0 } s ? s : null;
    private readonly string nom = $"passerelle_test_{Guid.NewGuid():N}";
    private readonly string fichier = Path.Combine(Path.GetTempPath(), $"passerelle-test-{Guid.NewGuid():N}.db");

    public bool EstPostgres => serveurPostgres is not null;
    public string Provider => EstPostgres ? "Postgres" : "Sqlite";

    public string ChaineConnexion => EstPostgres
        ? new NpgsqlConnectionStringBuilder(serveurPostgres) { Database = nom, Pooling = true }.ToString()
        : $"Data Source={fichier}";

    public async ValueTask DisposeAsync()
    {
        if (EstPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connexion = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(serveurPostgres) { Database = "postgres" }.ToString());
            await connexion.OpenAsync();
            await using var commande = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{nom}\" WITH (FORCE)", connexion);
            await commande.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { fichier, fichier + "-wal", fichier + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
    }
}
