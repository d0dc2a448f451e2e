using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Orientation;

public static class ParcoursOuvert
{
    /// <summary>Runs an action on the person's open parcours; a person without one gets a French refusal.</summary>
    public static async Task<ResultatAction> SurParcoursOuvertAsync(this AppDbContext db, int personneId, Func<int, Task<ResultatAction>> action, CancellationToken ct)
    {
        var parcoursId = await db.Set<Parcours>().Where(p => p.PersonneId == personneId && p.DateCloture == null).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        return parcoursId is int id ? await action(id) : ResultatAction.Refus("Cette personne n'a pas de parcours ouvert.");
    }
}

public static class ParcoursRsa
{
    /// <summary>
    /// The parcours the RSA's orientation indicators count (DREES, délais, mouvements): those the CAF flux
    /// opened. The parcours of publics beyond the RSA are counted apart.
    /// </summary>
    public static IQueryable<Parcours> DuRsa(this AppDbContext db) => db.Set<Parcours>().Where(p => p.Public == Parcours.PublicRsa);
}
