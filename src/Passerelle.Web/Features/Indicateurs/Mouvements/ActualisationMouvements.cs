using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Indicateurs.Mouvements;

/// <summary>
/// Keeps the current département's stored movements complete up to yesterday and free of stale days,
/// lazily: the first reading of a day stores the days that ended since the last one, and the stale
/// days; the first reading on a database without movements stores them all. No nightly job: a
/// reading never waits for another one — when a refresh is under way it computes what it lacks itself.
/// </summary>
public sealed class ActualisationMouvements(AppDbContext db, CalculMouvements calcul, HeureLegale heure, ILogger<ActualisationMouvements> journal)
{
    private static readonly ConcurrentDictionary<int, SemaphoreSlim> EnCours = new();

    public async Task ActualiserAsync(CancellationToken ct)
    {
        var departementId = db.TenantId ?? throw new InvalidOperationException("Les mouvements se calculent pour un département.");
        var hier = heure.Aujourdhui.AddDays(-1);
        if (await AJourAsync(hier, ct)) return;
        var verrou = EnCours.GetOrAdd(departementId, _ => new SemaphoreSlim(1, 1));
        if (!await verrou.WaitAsync(0, ct)) return;
        try
        {
            await RecalculerAsync(hier, tout: false, ct);
        }
        catch (Exception e) when (e.GetBaseException() is DbException { SqlState: "40001" or "23505" })
        {
            // Another instance updated the same département first (PostgreSQL): its result stands.
            journal.LogInformation("Mouvements du département {Departement} actualisés par une autre instance.", departementId);
        }
        finally
        {
            db.ChangeTracker.Clear();
            verrou.Release();
        }
    }

    /// <summary>Recomputes every stored day, as on a database where rows were written outside the application (bulk load, repair).</summary>
    public async Task ReconstruireAsync(CancellationToken ct)
    {
        await RecalculerAsync(heure.Aujourdhui.AddDays(-1), tout: true, ct);
        db.ChangeTracker.Clear();
    }

    private async Task<bool> AJourAsync(DateOnly hier, CancellationToken ct)
    {
        var jusquAu = await db.Set<EtatMouvements>().Select(e => (DateOnly?)e.CalculesJusquAu).FirstOrDefaultAsync(ct);
        return jusquAu >= hier && !await db.Set<DemandeRecalcul>().AnyAsync(d => d.Du == null || d.Du <= jusquAu, ct);
    }

    /// <summary>
    /// One transaction that sees one state of the base (repeatable read on PostgreSQL; on SQLite it
    /// holds the write lock): the requests it reads are exactly those it deletes, and a write
    /// committed meanwhile keeps its request for the next refresh.
    /// </summary>
    private async Task RecalculerAsync(DateOnly hier, bool tout, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(db.Database.IsNpgsql() ? IsolationLevel.RepeatableRead : IsolationLevel.Serializable, ct);
        var etat = await db.Set<EtatMouvements>().FirstOrDefaultAsync(ct);
        var jusquAu = etat is null || etat.CalculesJusquAu < hier ? hier : etat.CalculesJusquAu;
        var jours = etat is null || tout ? null
            : (await JoursPerimes.LireAsync(db, calcul, etat.CalculesJusquAu, ct)).ARecalculer(etat.CalculesJusquAu, jusquAu);
        if (jours is null)
        {
            await db.Set<MouvementJour>().ExecuteDeleteAsync(ct);
            db.AddRange(await calcul.JusquAuAsync(jusquAu, ct));
        }
        else
        {
            await db.Set<MouvementJour>().Where(m => jours.Contains(m.Jour)).ExecuteDeleteAsync(ct);
            db.AddRange(await calcul.DesJoursAsync(jours, ct));
        }
        if (etat is null) db.Add(etat = new EtatMouvements { DepartementId = db.TenantId!.Value });
        (etat.CalculesJusquAu, etat.ActualiseLe) = (jusquAu, heure.MaintenantUtc);
        await db.Set<DemandeRecalcul>().ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
