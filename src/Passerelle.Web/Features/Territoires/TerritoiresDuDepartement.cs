using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;

namespace Passerelle.Web.Features.Territoires;

/// <summary>The département's territoires by name, read once per change (filters and labels of every list).</summary>
public static class TerritoiresDuDepartement
{
    public static Task<IReadOnlyList<NomReferentiel>> ListerAsync(AppDbContext db, CacheDepartement cache, CancellationToken ct) =>
        cache.ReferentielAsync(db, "territoires", db.Territoires.AsNoTracking().OrderBy(t => t.Nom).Select(t => new NomReferentiel(t.Id, t.Nom, t.Actif)), ct);
}
