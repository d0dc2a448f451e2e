using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Departements;

/// <summary>
/// A second unit of work that writes as another département, inside the current transaction: the
/// platform administrator opening a département grants its first habilitation there.
/// </summary>
/// <remarks>
/// Not a new DI scope with <c>TenantContext.Utiliser</c>: <c>CurrentUser</c> reads the request through
/// <c>IHttpContextAccessor</c>, an AsyncLocal that flows into every scope created during the request,
/// so the administrator is still signed in there and <c>TenantContext</c> rightly refuses to switch.
/// Instead a context of the same provider names the new département as its tenant (its guard still
/// refuses any row of another département) and joins the caller's connection and transaction, so
/// everything commits or rolls back once, on SQLite as on PostgreSQL.
/// </remarks>
internal static class ContexteDepartement
{
    public static async Task<AppDbContext> OuvrirAsync(AppDbContext db, IServiceProvider services, int departementId)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Une transaction doit être ouverte sur le contexte courant.");
        var autre = (AppDbContext)ActivatorUtilities.CreateInstance(services, db.GetType(), new TenantDesigne(departementId));
        autre.Database.SetDbConnection(db.Database.GetDbConnection());
        await autre.Database.UseTransactionAsync(transaction.GetDbTransaction());
        return autre;
    }

    private sealed class TenantDesigne(int departementId) : ITenantContext
    {
        public int? DepartementId => departementId;
    }
}
