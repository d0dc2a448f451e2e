using Microsoft.EntityFrameworkCore;

namespace Passerelle.Web.Data;

/// <summary>
/// Keeps the query planner's statistics current. SQLite has none until asked, and without them it
/// picks poor indexes on the work queues (the bench measured a référent's deadlines reading 62,709
/// rows instead of 43); PostgreSQL's autovacuum analyses on its own, so nothing is done there.
/// </summary>
public static class StatistiquesBase
{
    /// <summary>After a start or a bulk load: analyses the tables whose statistics are missing or stale (SQLite ≥ 3.46).</summary>
    public static async Task ActualiserAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", ct);
    }
}
