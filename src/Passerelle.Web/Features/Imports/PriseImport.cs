using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Imports;

/// <summary>Claiming a run: a compare-and-set on its version, so two instances (or commands) never both take it.</summary>
internal static class PriseImport
{
    /// <returns>False when another instance changed the run first.</returns>
    public static async Task<bool> PrendreAsync(AppDbContext db, int importId, int version, string instance, DateTime maintenant, CancellationToken ct)
    {
        var bail = maintenant.Add(ExecutionImport.DureeBail);
        return await db.Imports.Where(i => i.Id == importId && i.Version == version).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Statut, StatutImport.EnCours).SetProperty(i => i.Instance, instance).SetProperty(i => i.BailJusquA, bail)
            .SetProperty(i => i.DebutLe, i => i.DebutLe ?? maintenant).SetProperty(i => i.Version, i => i.Version + 1), ct) == 1;
    }
}
