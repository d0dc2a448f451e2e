using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Indicateurs.Mouvements;

/// <summary>
/// A read-only transaction in which all of a reading's queries see one state of the base, so that
/// stored movements, pending requests and the days computed on the spot never mix before and after
/// a concurrent write. PostgreSQL: repeatable read. SQLite: a deferred transaction, which reads one
/// snapshot of the write-ahead log without taking the write lock that EF's transactions take.
/// </summary>
internal sealed class VueCoherente : IAsyncDisposable
{
    private readonly AppDbContext db;
    private readonly IAsyncDisposable transaction;

    private VueCoherente(AppDbContext db, IAsyncDisposable transaction) => (this.db, this.transaction) = (db, transaction);

    public static async Task<VueCoherente> OuvrirAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql()) return new(db, await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct));
        await db.Database.OpenConnectionAsync(ct);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, ct);
        return new(db, transaction);
    }

    public async ValueTask DisposeAsync()
    {
        // Nothing was written: ending the transaction by a rollback is the same as a commit.
        await transaction.DisposeAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.UseTransactionAsync(null);
            await db.Database.CloseConnectionAsync();
        }
    }
}
