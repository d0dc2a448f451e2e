using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;

namespace Passerelle.Web.Features.Offre;

/// <summary>The département a public request names by its code: the rest of the request reads its data only.</summary>
public sealed class DepartementPublic(AppDbContext db, TenantContext tenant)
{
    public async Task<bool> OuvrirAsync(string code, CancellationToken ct)
    {
        if (await db.Departements.Where(d => d.Code == code).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct) is not int id) return false;
        tenant.Utiliser(id);
        return true;
    }
}
