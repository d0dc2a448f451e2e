using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;

namespace Passerelle.Web.Features.Orientation;

/// <summary>
/// Finds the rule set that judges a parcours: the département's own set in force at the entry date,
/// else the national one. The département's sets are few and kept between requests until one changes
/// (<see cref="CacheDepartement"/>); like the national ones, the sets returned are shared: read them, never change them.
/// </summary>
public sealed class ReglesEnVigueur(AppDbContext db, CacheDepartement cache)
{
    private IReadOnlyList<JeuRegles>? propres;

    public async Task<IReadOnlyList<JeuRegles>> DuDepartementAsync(CancellationToken ct = default) =>
        propres ??= await cache.ObtenirAsync<IReadOnlyList<JeuRegles>>(db, "jeux-regles",
            async c => await db.Set<JeuRegles>().AsNoTracking().OrderBy(j => j.ValideDu).ToListAsync(c), ct);

    public async Task<JeuRegles> PourAsync(DateOnly dateEntree, CancellationToken ct = default) =>
        (await DuDepartementAsync(ct)).LastOrDefault(j => j.EstEnVigueur(dateEntree)) ?? ReglesNationales.EnVigueur(dateEntree);

    /// <summary>The set a parcours recorded at its opening; a set deleted since falls back to the date's.</summary>
    public async Task<JeuRegles> ParCodeAsync(string code, DateOnly dateEntree, CancellationToken ct = default) =>
        (await DuDepartementAsync(ct)).FirstOrDefault(j => j.Code == code)
        ?? ReglesNationales.Tous.FirstOrDefault(j => j.Code == code)
        ?? await PourAsync(dateEntree, ct);
}
