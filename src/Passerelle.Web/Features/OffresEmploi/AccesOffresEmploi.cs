using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Employeurs;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.OffresEmploi;

/// <summary>
/// Who reaches which offer. The staff who keep employers (<see cref="AccesEmployeurs"/>) manage the offers of the employers
/// they reach, whatever their status. A référent reads the open offers published to them — those whose territoire one of
/// their structures serves, and those of a commune without territoire — and the offers they proposed someone for.
/// Mises en relation: the staff see those of the offers they manage, a référent only their own proposals.
/// </summary>
public sealed class AccesOffresEmploi(AppDbContext db, AccesEmployeurs employeurs, CurrentUser user)
{
    public bool Gestionnaire => user.A(Role.ChargeRelationEntreprise) || user.A(Role.AgentDepartemental);

    public bool Referent => user.A(Role.Referent) && user.Id is not null;

    /// <summary>The staff habilitated on the whole département manage every offer of it.</summary>
    public bool ToutesLesOffres => Gestionnaire && employeurs.ToutLeDepartement;

    public IQueryable<OffreEmploi> Gerees(IQueryable<OffreEmploi> offres)
    {
        if (!Gestionnaire) return offres.Where(o => false);
        if (ToutesLesOffres) return offres;
        var atteints = employeurs.Atteints(db.Set<Employeur>()).Select(e => e.Id);
        return offres.Where(o => atteints.Contains(o.EmployeurId));
    }

    public async Task<IQueryable<OffreEmploi>> VisiblesAsync(IQueryable<OffreEmploi> offres, CancellationToken ct)
    {
        if (!Referent) return Gerees(offres);
        var referent = user.Id!;
        var structures = user.Habilitations.Where(h => h.Role == Role.Referent && h.StructureId is not null).Select(h => h.StructureId!.Value).Distinct().ToList();
        // Both lists are short (a structure's territoires, a référent's proposals): read first, they make a plain IN of the offers' query.
        var territoires = await db.Set<StructureTerritoire>().Where(t => structures.Contains(t.StructureId)).Select(t => t.TerritoireId).Distinct().ToListAsync(ct);
        var proposees = await db.Set<MiseEnRelation>().Where(m => m.ReferentId == referent).Select(m => m.OffreEmploiId).Distinct().ToListAsync(ct);
        var gestionnaire = Gestionnaire;
        var gerees = Gerees(offres).Select(o => o.Id);
        return offres.Where(o => (o.Statut == StatutOffre.Ouverte && (o.TerritoireId == null || territoires.Contains(o.TerritoireId.Value)))
            || proposees.Contains(o.Id) || (gestionnaire && gerees.Contains(o.Id)));
    }

    public IQueryable<MiseEnRelation> MisesEnRelation(IQueryable<MiseEnRelation> mises)
    {
        var gerees = Gerees(db.Set<OffreEmploi>()).Select(o => o.Id);
        var referent = Referent ? user.Id : null;
        var gestionnaire = Gestionnaire;
        return mises.Where(m => (gestionnaire && gerees.Contains(m.OffreEmploiId)) || (referent != null && m.ReferentId == referent));
    }
}
