using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Offre;

/// <summary>The offer's actions implement fiches-actions: a programme import keeps the fiches they point at.</summary>
public sealed class UsagesFichesOffre(AppDbContext db) : IUsagesFiches
{
    public async Task<IReadOnlyDictionary<int, string>> UtiliseesAsync(IReadOnlyCollection<int> fiches, CancellationToken ct) =>
        (await db.Set<ActionInsertion>().Where(a => fiches.Contains(a.FicheActionId)).GroupBy(a => a.FicheActionId)
            .Select(g => new { g.Key, Nombre = g.Count() }).ToListAsync(ct))
        .ToDictionary(g => g.Key, g => $"{g.Nombre} action(s) de l'offre");
}
