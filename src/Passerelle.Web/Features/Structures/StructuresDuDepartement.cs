using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;

namespace Passerelle.Web.Features.Structures;

/// <summary>The département's structures by name, read once per change (filters and labels of every list).</summary>
public static class StructuresDuDepartement
{
    public static Task<IReadOnlyList<NomReferentiel>> ListerAsync(AppDbContext db, CacheDepartement cache, CancellationToken ct) =>
        cache.ReferentielAsync(db, "structures", db.Structures.AsNoTracking().OrderBy(s => s.Nom).Select(s => new NomReferentiel(s.Id, s.Nom, s.Actif)), ct);
}
