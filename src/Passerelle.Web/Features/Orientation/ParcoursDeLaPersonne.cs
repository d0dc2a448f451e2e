using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Orientation;

/// <summary>
/// The parcours of the person a request is about, read once and shared by the sections of the person
/// page that need it (orientation, appointments, contracts, exits…): one query instead of one each.
/// Read-only copies: services load and lock their own.
/// </summary>
public sealed class ParcoursDeLaPersonne(AppDbContext db)
{
    private int? personneId;
    private IReadOnlyList<Parcours> tous = [];

    /// <summary>Every parcours of the person, the open one first, then the closed ones from the latest.</summary>
    public async Task<IReadOnlyList<Parcours>> TousAsync(int personne, CancellationToken ct)
    {
        if (personneId != personne)
        {
            tous = await db.Set<Parcours>().AsNoTracking().Where(p => p.PersonneId == personne)
                .OrderBy(p => p.DateCloture != null).ThenByDescending(p => p.DateEntree).ToListAsync(ct);
            personneId = personne;
        }
        return tous;
    }

    public async Task<Parcours?> OuvertAsync(int personne, CancellationToken ct) => (await TousAsync(personne, ct)).FirstOrDefault(p => p.DateCloture == null);

    /// <summary>The open parcours, else the latest closed one.</summary>
    public async Task<Parcours?> CourantAsync(int personne, CancellationToken ct) => await TousAsync(personne, ct) is [var premier, ..] ? premier : null;
}
