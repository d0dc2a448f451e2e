using Passerelle.Web.Data;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Comites;

/// <summary>Instances follow fiches-actions: a programme import keeps the fiches they point at.</summary>
public sealed class UsagesFichesComites(AppDbContext db) : IUsagesFiches
{
    public Task<IReadOnlyDictionary<int, string>> UtiliseesAsync(IReadOnlyCollection<int> fiches, CancellationToken ct) =>
        UsagesFiches.CompterAsync(db.Set<FicheComite>().Select(f => (int?)f.FicheActionId), fiches, n => $"{n} comité(s)", ct);
}
