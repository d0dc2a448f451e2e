using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Sorties;

/// <summary>
/// The way in for a feature that learns of a job (a hire after a mise en relation): it proposes the exit « Emploi » on
/// the person's open parcours, dated from the contract's start. The parcours stays open until the référent (or an agent)
/// confirms the exit from the person page (<see cref="ServiceSorties.QualifierAsync"/>), which closes it. Sorties knows
/// nothing of the caller; the exit is added to the caller's unit of work, saved with it.
/// </summary>
public sealed class PropositionSortieEmploi(AppDbContext db, HeureLegale heure)
{
    /// <returns>false when the parcours is no longer open or already has an exit on that day: nothing is proposed.</returns>
    public async Task<bool> ProposerAsync(int parcoursId, TypeContratSortie type, int? dureeMois, DateOnly debut, CancellationToken ct)
    {
        var parcours = await db.Set<Parcours>().Where(p => p.Id == parcoursId && p.DateCloture == null)
            .Select(p => new { p.Id, p.PersonneId, p.ReferentId }).FirstOrDefaultAsync(ct);
        if (parcours is null || await db.Set<Sortie>().AnyAsync(s => s.ParcoursId == parcoursId && s.DateSortie == debut, ct)) return false;
        var duree = type is TypeContratSortie.Cdi or TypeContratSortie.CreationEntreprise ? null : dureeMois;
        db.Add(new Sortie
        {
            PersonneId = parcours.PersonneId,
            ParcoursId = parcours.Id,
            DateSortie = debut,
            Statut = StatutSortie.Proposee,
            Motif = MotifSortie.Emploi,
            TypeContrat = type,
            DureeContratMois = duree,
            Situation = LibellesSortie.EstDurable(type, duree) ? SituationEmploi.EmploiDurable : SituationEmploi.EmploiTemporaire,
            ReferentId = parcours.ReferentId,
            ProposeeLe = heure.MaintenantUtc,
        });
        return true;
    }

    /// <summary>
    /// A proposal still awaits confirmation unless the person came back after it: the flux's proposals on a closed parcours,
    /// and a hire's on a parcours still open (not reopened since the exit's date).
    /// </summary>
    public static bool EnAttente(StatutSortie statut, DateOnly dateSortie, DateOnly? cloture, DateOnly? reprise) =>
        statut == StatutSortie.Proposee && (cloture is not null || reprise is null || reprise <= dateSortie);
}
