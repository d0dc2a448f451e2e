using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Publics;

public sealed record PublicPropose(string Code, string Libelle);

/// <summary>The publics a parcours may be opened for by hand in this département (the RSA comes from the CAF flux only).</summary>
public sealed class PublicsDuDepartement(AppDbContext db)
{
    public async Task<IReadOnlyList<PublicPropose>> ListerAsync(CancellationToken ct)
    {
        var propres = await db.Set<PublicAccompagne>().AsNoTracking().OrderBy(p => p.Libelle).Select(p => new { p.Code, p.Libelle, p.Actif }).ToListAsync(ct);
        return propres.Count > 0
            ? [.. propres.Where(p => p.Actif).Select(p => new PublicPropose(p.Code, p.Libelle))]
            : [.. PublicsNationaux.Tous.Select(p => new PublicPropose(p.Code, p.Libelle))];
    }

    /// <summary>The label users see for a parcours' public, RSA included.</summary>
    public async Task<string> LibelleAsync(string code, CancellationToken ct) =>
        code == Parcours.PublicRsa ? "Bénéficiaire du RSA (droits et devoirs)"
            : (await ListerAsync(ct)).FirstOrDefault(p => p.Code == code)?.Libelle
              ?? PublicsNationaux.Tous.FirstOrDefault(p => p.Code == code).Libelle ?? code;
}
