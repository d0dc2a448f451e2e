using Passerelle.Web.Data;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Offre;

/// <summary>The offer's actions implement fiches-actions: a programme import keeps the fiches they point at.</summary>
public sealed class UsagesFichesOffre(AppDbContext db) : IUsagesFiches
{
    public Task<IReadOnlyDictionary<int, string>> UtiliseesAsync(IReadOnlyCollection<int> fiches, CancellationToken ct) =>
        UsagesFiches.CompterAsync(db.Set<ActionInsertion>().Select(a => (int?)a.FicheActionId), fiches, n => $"{n} action(s) de l'offre", ct);
}
