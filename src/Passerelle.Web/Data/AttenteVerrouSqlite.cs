using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Passerelle.Web.Data;

/// <summary>
/// Makes SQLite wait for the write lock itself (in steps of a few milliseconds) rather than answer "busy" at once:
/// Microsoft.Data.Sqlite retries a busy command only every 150 ms, so with twenty users writing their audit line
/// on the person page, one in twenty waited 150 to 850 ms for a lock held less than a millisecond (issue 10 bench).
/// </summary>
public sealed class AttenteVerrouSqlite : DbConnectionInterceptor
{
    public const int AttenteMillisecondes = 5000;

    private static readonly string Pragma = $"PRAGMA busy_timeout = {AttenteMillisecondes};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var commande = connection.CreateCommand();
        commande.CommandText = Pragma;
        commande.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var commande = connection.CreateCommand();
        commande.CommandText = Pragma;
        await commande.ExecuteNonQueryAsync(cancellationToken);
    }
}
