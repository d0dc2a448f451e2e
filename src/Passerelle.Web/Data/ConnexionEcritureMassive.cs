using Microsoft.EntityFrameworkCore;

namespace Passerelle.Web.Data;

/// <summary>
/// Keeps a context's connection open for a long series of write transactions (an import): one physical
/// connection, whose prepared statements stay prepared. On SQLite in WAL mode it also lowers
/// <c>synchronous</c> from FULL to NORMAL for this connection only, and restores it at the end: a commit
/// then appends to the WAL without waiting for the disk, which is flushed at each WAL checkpoint.
/// A process killed keeps every committed transaction (the WAL is in the system's cache); a power cut
/// may lose the last few, never part of one (decision 0005 says why that is safe for imports).
/// </summary>
public sealed class ConnexionEcritureMassive : IAsyncDisposable
{
    private readonly AppDbContext db;
    private readonly long? synchronousAvant;

    private ConnexionEcritureMassive(AppDbContext db, long? synchronousAvant) => (this.db, this.synchronousAvant) = (db, synchronousAvant);

    public static async Task<ConnexionEcritureMassive> OuvrirAsync(AppDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        if (!db.Database.IsSqlite() || !string.Equals(await ScalaireAsync(db, "PRAGMA journal_mode", ct) as string, "wal", StringComparison.OrdinalIgnoreCase))
            return new ConnexionEcritureMassive(db, null);
        var avant = Convert.ToInt64(await ScalaireAsync(db, "PRAGMA synchronous", ct), System.Globalization.CultureInfo.InvariantCulture);
        await ScalaireAsync(db, "PRAGMA synchronous = NORMAL", ct);
        return new ConnexionEcritureMassive(db, avant);
    }

    public async ValueTask DisposeAsync()
    {
        // The connection returns to the pool: it must not keep the import's setting for other work.
        if (synchronousAvant is { } avant) await ScalaireAsync(db, $"PRAGMA synchronous = {avant}", CancellationToken.None);
        await db.Database.CloseConnectionAsync();
    }

    private static async Task<object?> ScalaireAsync(AppDbContext db, string sql, CancellationToken ct)
    {
        await using var commande = db.Database.GetDbConnection().CreateCommand();
        commande.CommandText = sql;
        return await commande.ExecuteScalarAsync(ct);
    }
}
