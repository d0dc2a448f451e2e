using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Passerelle.Web.Data;

/// <summary>
/// An interceptor that must also see the rows <see cref="EcritureEnsembliste"/> inserts, which no SaveChanges
/// carries: what an interceptor does for a tracked insert (note a write, add a row in the same transaction),
/// it does here for a bulk one, so a feature's bookkeeping does not depend on the path a row took.
/// </summary>
public interface IObservateurEcritureEnsembliste : IInterceptor
{
    /// <summary>Called inside the write's transaction once the rows have their keys.</summary>
    /// <returns>New entities to insert in the same transaction (none when only noting).</returns>
    IEnumerable<object> Inserees(AppDbContext contexte, IReadOnlyList<object> lignes);
}
