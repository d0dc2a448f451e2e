using Passerelle.Web.Data;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Clauses;

/// <summary>Contracts with a clause serve a fiche-action: a programme import keeps the fiches they point at.</summary>
public sealed class UsagesFichesClauses(AppDbContext db) : IUsagesFiches
{
    public Task<IReadOnlyDictionary<int, string>> UtiliseesAsync(IReadOnlyCollection<int> fiches, CancellationToken ct) =>
        UsagesFiches.CompterAsync(db.Set<MarcheClause>().Select(m => m.FicheActionId), fiches, n => $"{n} marché(s) à clause sociale", ct);
}
