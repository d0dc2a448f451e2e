using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Features.Cohortes;

public sealed record ReferentPossible(string Id, string Nom, int Personnes);

/// <summary>A structure that accompanies at least one orientation type: its places and load per type, and its référents with their caseload.</summary>
public sealed record StructurePossible(int Id, string Nom, string Capacite, IReadOnlyList<ReferentPossible> Referents);

/// <summary>
/// The référents an agent may designate, grouped by structure, with the capacity and current load
/// the designation rule checks (<see cref="CapaciteAccompagnement"/>): four grouped queries, whatever the size.
/// </summary>
public static class ChoixReferents
{
    public static async Task<IReadOnlyList<StructurePossible>> ListerAsync(AppDbContext db, Func<TypeOrientation, string> nomType, CancellationToken ct)
    {
        var offres = await db.Set<OffreAccompagnement>().AsNoTracking()
            .Where(o => o.Structure!.Actif)
            .Select(o => new { o.StructureId, Nom = o.Structure!.Nom, o.TypeOrientation, o.Places }).ToListAsync(ct);
        var charges = await db.Set<DesignationReferent>().Where(d => d.DateFin == null)
            .GroupBy(d => new { d.StructureId, d.TypeOrientation }).Select(g => new { g.Key.StructureId, g.Key.TypeOrientation, Nombre = g.Count() })
            .ToDictionaryAsync(g => (g.StructureId, g.TypeOrientation), g => g.Nombre, ct);
        var structures = offres.Select(o => o.StructureId).Distinct().ToList();
        var referents = await db.Habilitations.AsNoTracking()
            .Where(h => h.Role == Role.Referent && h.StructureId != null && structures.Contains(h.StructureId.Value))
            .Join(db.UtilisateursDuDepartement().Where(u => u.Actif), h => h.UtilisateurId, u => u.Id, (h, u) => new { StructureId = h.StructureId!.Value, u.Id, u.Prenom, u.Nom })
            .ToListAsync(ct);
        var portefeuilles = await db.Set<DesignationReferent>().Where(d => d.DateFin == null)
            .GroupBy(d => d.ReferentId).Select(g => new { g.Key, Nombre = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Nombre, ct);
        return offres.GroupBy(o => (o.StructureId, o.Nom)).OrderBy(g => g.Key.Nom, StringComparer.CurrentCulture)
            .Select(g => new StructurePossible(g.Key.StructureId, g.Key.Nom,
                string.Join(" ; ", g.OrderBy(o => o.TypeOrientation).Select(o =>
                    $"{nomType(o.TypeOrientation)} {charges.GetValueOrDefault((g.Key.StructureId, o.TypeOrientation))}/{o.Places?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "sans limite"}")),
                referents.Where(r => r.StructureId == g.Key.StructureId).OrderBy(r => r.Nom).ThenBy(r => r.Prenom)
                    .Select(r => new ReferentPossible(r.Id, $"{r.Prenom} {r.Nom}", portefeuilles.GetValueOrDefault(r.Id))).ToList()))
            .ToList();
    }
}
