using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Sorties;

/// <summary>
/// When the flux closes the right of an oriented person (or ends their droits et devoirs), proposes
/// their exit with that reason: the last référent (or an agent) confirms it or qualifies it (a job,
/// a move…), which plans the follow-up. A person closed before being oriented was never accompanied:
/// no exit is proposed. Runs after each batch of closures of <see cref="SynchronisationParcours"/>.
/// </summary>
public sealed class PropositionsSortie(AppDbContext db, HeureLegale heure) : ISuiteCloture
{
    public async Task ParcoursClosAsync(IReadOnlyList<int> parcoursIds, CancellationToken ct)
    {
        var clos = await db.Set<Parcours>().AsNoTracking()
            .Where(p => EF.Parameter(parcoursIds).Contains(p.Id) && p.DateCloture != null && p.DateOrientation != null && !p.SortieEnregistree)
            .Where(p => !db.Set<Sortie>().Any(s => s.ParcoursId == p.Id && s.DateSortie == p.DateCloture))
            .Select(p => new
            {
                p.Id,
                p.PersonneId,
                Date = p.DateCloture!.Value,
                p.MotifCloture,
                Referent = db.Set<DesignationReferent>().Where(d => d.ParcoursId == p.Id).OrderByDescending(d => d.Id).Select(d => d.ReferentId).FirstOrDefault(),
            })
            .ToListAsync(ct);
        if (clos.Count == 0) return;
        var maintenant = heure.MaintenantUtc;
        db.AddRange(clos.Select(c => new Sortie
        {
            PersonneId = c.PersonneId,
            ParcoursId = c.Id,
            DateSortie = c.Date,
            Statut = StatutSortie.Proposee,
            Motif = c.MotifCloture == SynchronisationParcours.MotifFinDroitsDevoirs ? MotifSortie.FinDroitsDevoirs : MotifSortie.FinDroit,
            ReferentId = c.Referent,
            ProposeeLe = maintenant,
        }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
