using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;

namespace Passerelle.Web.Features.Cohortes;

public sealed record ReferentPossible(string Id, string Nom, int Personnes);

/// <summary>A structure that accompanies at least one orientation type: its places and load per type, and its référents with their caseload.</summary>
public sealed record StructurePossible(int Id, string Nom, string Capacite, IReadOnlyList<ReferentPossible> Referents);

/// <summary>
/// The référents an agent may designate, grouped by structure, with the capacity and current load
/// the designation rule checks (<see cref="CapaciteAccompagnement"/>), from the département's kept
/// <see cref="ChargesAccompagnement"/>.
/// </summary>
public static class ChoixReferents
{
    public static async Task<IReadOnlyList<StructurePossible>> ListerAsync(AppDbContext db, CacheDepartement cache, Func<TypeOrientation, string> nomType, CancellationToken ct)
    {
        var charges = await ChargesAccompagnement.LireAsync(db, cache, ct);
        var referents = charges.Referents.ToLookup(r => r.StructureId);
        return charges.Offres.GroupBy(o => (o.StructureId, o.Structure)).OrderBy(g => g.Key.Structure, StringComparer.CurrentCulture)
            .Select(g => new StructurePossible(g.Key.StructureId, g.Key.Structure,
                string.Join(" ; ", g.OrderBy(o => o.Type).Select(o =>
                    $"{nomType(o.Type)} {charges.ParStructureEtType.GetValueOrDefault((g.Key.StructureId, o.Type))}/{o.Places?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "sans limite"}")),
                referents[g.Key.StructureId].OrderBy(r => r.Nom).ThenBy(r => r.Prenom)
                    .Select(r => new ReferentPossible(r.Id, $"{r.Prenom} {r.Nom}", charges.ParReferent.GetValueOrDefault(r.Id))).ToList()))
            .ToList();
    }
}
