using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Comites;

/// <summary>Instances follow fiches-actions: a programme import keeps the fiches they point at.</summary>
public sealed class UsagesFichesComites(AppDbContext db) : IUsagesFiches
{
    public async Task<IReadOnlyDictionary<int, string>> UtiliseesAsync(IReadOnlyCollection<int> fiches, CancellationToken ct) =>
        (await db.Set<FicheComite>().Where(f => fiches.Contains(f.FicheActionId)).GroupBy(f => f.FicheActionId)
            .Select(g => new { g.Key, Nombre = g.Count() }).ToListAsync(ct))
        .ToDictionary(g => g.Key, g => $"{g.Nombre} comité(s)");
}
