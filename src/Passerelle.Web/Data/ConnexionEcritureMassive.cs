using Microsoft.EntityFrameworkCore;

namespace Passerelle.Web.Data;

/// <summary>
/// Keeps a context's connection open for a long series of write transactions (an import): one physical
/// connection, whose settings hold for the whole run. On SQLite in WAL mode, for this connection only and
/// restored at the end: <c>synchronous</c> NORMAL instead of FULL (a commit appends to the WAL without
/// waiting for the disk, which is flushed at each WAL checkpoint — a killed process keeps every committed
/// transaction, a power cut may lose the last few, never part of one: decision 0005), a 64 MiB page cache
/// instead of 2 MiB (the indexes a batch updates stay in memory: a 20,000-foyer import read 350 MB less
/// from the system) and a WAL checkpoint every 10,000 pages instead of 1,000 (a page rewritten by many
/// batches is copied into the base once per checkpoint: 15 % fewer bytes written). On PostgreSQL, every
/// statement of the run is planned for the tables as they are (<c>plan_cache_mode</c>): statements are
/// prepared automatically (decision 0007), and a generic plan fixed on the first batches of a stock load,
/// when the tables were nearly empty, read every person for each batch's name lookup (a 10,000-foyer
/// import waited 28 s on the server instead of a few).
/// </summary>
public sealed class ConnexionEcritureMassive : IAsyncDisposable
{
    private static readonly (string Nom, string Valeur)[] Reglages = [("synchronous", "NORMAL"), ("cache_size", "-65536"), ("wal_autocheckpoint", "10000")];

    private readonly AppDbContext db;
    private readonly List<(string Nom, object Valeur)> avant;

    private ConnexionEcritureMassive(AppDbContext db, List<(string, object)> avant) => (this.db, this.avant) = (db, avant);

    public static async Task<ConnexionEcritureMassive> OuvrirAsync(AppDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var avant = new List<(string, object)>();
        if (db.Database.IsNpgsql())
        {
            await ScalaireAsync(db, "SET plan_cache_mode = force_custom_plan", ct);
            return new ConnexionEcritureMassive(db, avant);
        }
        if (!db.Database.IsSqlite() || !string.Equals(await ScalaireAsync(db, "PRAGMA journal_mode", ct) as string, "wal", StringComparison.OrdinalIgnoreCase))
            return new ConnexionEcritureMassive(db, avant);
        foreach (var (nom, valeur) in Reglages)
        {
            avant.Add((nom, (await ScalaireAsync(db, $"PRAGMA {nom}", ct))!));
            await ScalaireAsync(db, $"PRAGMA {nom} = {valeur}", ct);
        }
        return new ConnexionEcritureMassive(db, avant);
    }

    public async ValueTask DisposeAsync()
    {
        // The connection returns to the pool: it must not keep the import's settings for other work.
        foreach (var (nom, valeur) in avant) await ScalaireAsync(db, $"PRAGMA {nom} = {valeur}", CancellationToken.None);
        if (db.Database.IsNpgsql()) await ScalaireAsync(db, "RESET plan_cache_mode", CancellationToken.None);
        await db.Database.CloseConnectionAsync();
    }

    private static async Task<object?> ScalaireAsync(AppDbContext db, string sql, CancellationToken ct)
    {
        await using var commande = db.Database.GetDbConnection().CreateCommand();
        commande.CommandText = sql;
        return await commande.ExecuteScalarAsync(ct);
    }
}
