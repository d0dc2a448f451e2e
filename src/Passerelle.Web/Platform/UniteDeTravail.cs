using Microsoft.EntityFrameworkCore;

namespace Passerelle.Web.Platform;

/// <summary>
/// The end of one action's unit of work, the same for every service that answers a <see cref="ResultatAction"/>:
/// saved, or refused when another user changed the same rows meanwhile (their version); either way the context
/// forgets what it tracked, so that the next action of the request starts from the database.
/// </summary>
public static class UniteDeTravail
{
    public static async Task<ResultatAction> SauverActionAsync(this DbContext db, string message, ResultatAction siConflit, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return ResultatAction.Ok(message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return siConflit;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>A refusal after changes were staged: they are dropped, not saved by a later action.</summary>
    public static ResultatAction Abandonner(this DbContext db, ResultatAction resultat)
    {
        db.ChangeTracker.Clear();
        return resultat;
    }
}
