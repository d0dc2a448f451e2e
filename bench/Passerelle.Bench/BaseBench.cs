using Npgsql;

namespace Passerelle.Bench;

/// <summary>A throwaway database: a temporary SQLite file, or a new database on the given PostgreSQL server.</summary>
internal static class BaseBench
{
    public static async Task<(string Provider, string Connexion, Func<Task> Nettoyer)> PreparerAsync(string? serveurPostgres)
    {
        if (serveurPostgres is null)
        {
            var fichier = Path.Combine(Path.GetTempPath(), $"passerelle-bench-{Guid.NewGuid():N}.db");
            return ("Sqlite", $"Data Source={fichier}", () =>
            {
                foreach (var f in new[] { fichier, fichier + "-wal", fichier + "-shm" }) File.Delete(f);
                return Task.CompletedTask;
            }
            );
        }
        var nom = $"passerelle_bench_{Guid.NewGuid():N}";
        var connexion = new NpgsqlConnectionStringBuilder(serveurPostgres) { Database = nom }.ToString();
        return ("Postgres", connexion, async () =>
        {
            await using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(serveurPostgres) { Database = "postgres" }.ToString());
            await c.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{nom}\" WITH (FORCE)", c);
            await drop.ExecuteNonQueryAsync();
        }
        );
    }
}
