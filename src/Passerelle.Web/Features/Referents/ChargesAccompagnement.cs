using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Referents;

public sealed record OffreStructure(int StructureId, string Structure, TypeOrientation Type, int? Places);

/// <summary>An active référent of an active structure.</summary>
public sealed record ReferentStructure(int StructureId, string Structure, string Id, string Prenom, string Nom);

/// <summary>
/// What the choice of a référent shows (queues' designate and propose actions, the person page):
/// the active structures' offers, the open designations per structure and type and per référent,
/// and the active référents. Counting every open designation of the département costs tens of
/// milliseconds at 100,000 persons, so the whole is kept by <see cref="CacheDepartement"/> until a
/// designation, offer, structure, habilitation or account of the département changes. The rule that
/// refuses a full structure reads the live count (<see cref="CapaciteAccompagnement"/>), never this.
/// </summary>
public sealed record ChargesAccompagnement(
    IReadOnlyList<OffreStructure> Offres,
    IReadOnlyDictionary<(int StructureId, TypeOrientation Type), int> ParStructureEtType,
    IReadOnlyList<ReferentStructure> Referents,
    IReadOnlyDictionary<string, int> ParReferent)
{
    public static Task<ChargesAccompagnement> LireAsync(AppDbContext db, CacheDepartement cache, CancellationToken ct) =>
        cache.ObtenirAsync(db, "charges-accompagnement", async c =>
        {
            var offres = await db.Set<OffreAccompagnement>().AsNoTracking().Where(o => o.Structure!.Actif)
                .Select(o => new OffreStructure(o.StructureId, o.Structure!.Nom, o.TypeOrientation, o.Places)).ToListAsync(c);
            var ouvertes = db.Set<DesignationReferent>().Where(d => d.DateFin == null);
            var parStructure = await ouvertes.GroupBy(d => new { d.StructureId, d.TypeOrientation })
                .Select(g => new { g.Key.StructureId, g.Key.TypeOrientation, Nombre = g.Count() })
                .ToDictionaryAsync(g => (g.StructureId, g.TypeOrientation), g => g.Nombre, c);
            var parReferent = await ouvertes.GroupBy(d => d.ReferentId).Select(g => new { g.Key, Nombre = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Nombre, c);
            var referents = await db.Habilitations.AsNoTracking()
                .Where(h => h.Role == Role.Referent && h.StructureId != null && h.Structure!.Actif)
                .Join(db.UtilisateursDuDepartement().Where(u => u.Actif), h => h.UtilisateurId, u => u.Id,
                    (h, u) => new ReferentStructure(h.StructureId!.Value, h.Structure!.Nom, u.Id, u.Prenom, u.Nom))
                .ToListAsync(c);
            return new ChargesAccompagnement(offres, parStructure, referents, parReferent);
        }, ct);
}
