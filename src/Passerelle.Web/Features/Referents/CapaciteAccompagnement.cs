using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Referents;

/// <summary>A structure's agreed places for an orientation type and its current load (open designations).</summary>
public sealed record Charge(int StructureId, TypeOrientation Type, bool Accepte, int? Places, int Occupees)
{
    public bool Complet => Places is int p && Occupees >= p;
}

public static class CapaciteAccompagnement
{
    public static async Task<Charge> ChargeAsync(AppDbContext db, int structureId, TypeOrientation type, CancellationToken ct)
    {
        var offre = await db.Set<OffreAccompagnement>().AsNoTracking()
            .Where(o => o.StructureId == structureId && o.TypeOrientation == type).Select(o => new { o.Places }).FirstOrDefaultAsync(ct);
        var occupees = await db.Set<DesignationReferent>()
            .CountAsync(d => d.StructureId == structureId && d.TypeOrientation == type && d.DateFin == null, ct);
        return new Charge(structureId, type, offre is not null, offre?.Places, occupees);
    }

    /// <returns>null when the structure can take one more person of this type, else why not (French).</returns>
    public static string? Obstacle(Charge charge, string structure, string typeLibelle) =>
        !charge.Accepte ? $"La structure « {structure} » n'accompagne pas l'orientation « {typeLibelle} »."
        : charge.Complet ? $"La structure « {structure} » est complète pour l'orientation « {typeLibelle} » ({charge.Occupees} personnes pour {charge.Places} places)."
        : null;
}
