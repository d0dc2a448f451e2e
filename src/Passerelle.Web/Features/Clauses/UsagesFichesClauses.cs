using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Clauses;

/// <summary>Contracts with a clause serve a fiche-action: a programme import keeps the fiches they point at.</summary>
public sealed class UsagesFichesClauses(AppDbContext db) : IUsagesFiches
{
    public async Task<IReadOnlyDictionary<int, string>> UtiliseesAsync(IReadOnlyCollection<int> fiches, CancellationToken ct) =>
        (await db.Set<MarcheClause>().Where(m => m.FicheActionId != null && fiches.Contains(m.FicheActionId.Value)).GroupBy(m => m.FicheActionId!.Value)
            .Select(g => new { g.Key, Nombre = g.Count() }).ToListAsync(ct))
        .ToDictionary(g => g.Key, g => $"{g.Nombre} marché(s) à clause sociale");
}
