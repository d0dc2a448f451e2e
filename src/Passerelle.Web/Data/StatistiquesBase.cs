using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Data;

/// <summary>
/// Keeps the query planner's statistics current. SQLite has none until asked, and without them it
/// picks poor indexes on the work queues (the bench measured a référent's deadlines reading 62,709
/// rows instead of 43). PostgreSQL's autovacuum analyses on its own, but only a minute or more after a
/// load: right after an import of thousands of dossiers, the statements that follow (the parcours
/// synchronisation, the first pages) would be planned for the tables as they were before it — a few
/// rows — and a nested loop over what is now thousands of rows each side can take tens of seconds.
/// </summary>
public static class StatistiquesBase
{
    /// <summary>Dossiers written from which PostgreSQL's statistics are refreshed at once rather than by autovacuum.</summary>
    public const int SeuilPostgres = 1000;

    private static readonly Type[] TablesChargees = [typeof(DossierRsa), typeof(MembreFoyer), typeof(Personne), typeof(HistoriqueDroit), typeof(Parcours)];

    /// <summary>After a start or a bulk load: analyses the tables whose statistics are missing or stale (SQLite ≥ 3.46).</summary>
    /// <param name="dossiersEcrits">The dossiers a load just wrote: on PostgreSQL, from <see cref="SeuilPostgres"/>, the tables an import fills are analysed.</param>
    public static async Task ActualiserAsync(AppDbContext db, int dossiersEcrits = 0, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", ct);
            return;
        }
        if (dossiersEcrits < SeuilPostgres) return;
        var tables = string.Join(", ", TablesChargees.Select(t => $"\"{db.Model.FindEntityType(t)!.GetTableName()}\""));
        // Table names from the EF model, not user input.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync($"ANALYZE {tables}", ct);
#pragma warning restore EF1002
    }
}
