using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;

namespace Passerelle.Web.Features.Orientation.PagePersonne;

/// <summary>
/// A référent one may designate, with their own load (open designations, all structures) and their structure's
/// stance on the orientation type (accepts, places, load); the person page groups them by structure.
/// </summary>
public sealed record ChoixReferent(int StructureId, string ReferentId, string Structure, string Referent, bool Accepte, int? Places, int Occupees, int Charge = 0)
{
    public string Valeur => $"{StructureId}|{ReferentId}";

    /// <summary>The structure and its stance, as the heading of its référents.</summary>
    public string LibelleStructure => $"{Structure} ({(Accepte ? Places is int p ? $"{Occupees}/{p} places" : $"{Occupees} accompagnés" : "n'accompagne pas ce type")}{(Accepte && Occupees >= Places ? ", complet" : "")})";

    /// <summary>« DUPONT Marie — 43 personnes ».</summary>
    public string LibelleReferent => $"{Referent} — {Charge} personne{(Charge > 1 ? "s" : "")}";

    /// <summary>The active référents of the département's active structures (of <paramref name="structures"/> when given), those accepting the type first.</summary>
    public static async Task<IReadOnlyList<ChoixReferent>> ListerAsync(AppDbContext db, CacheDepartement cache, TypeOrientation type, IReadOnlyCollection<int>? structures, CancellationToken ct)
    {
        var charges = await ChargesAccompagnement.LireAsync(db, cache, ct);
        var offres = charges.Offres.Where(o => o.Type == type).ToDictionary(o => o.StructureId, o => o.Places);
        return [.. charges.Referents.Where(r => structures == null || structures.Contains(r.StructureId))
            .Select(r => new ChoixReferent(r.StructureId, r.Id, r.Structure, $"{r.Nom.ToUpperInvariant()} {r.Prenom}", offres.ContainsKey(r.StructureId), offres.GetValueOrDefault(r.StructureId),
                charges.ParStructureEtType.GetValueOrDefault((r.StructureId, type)), charges.ParReferent.GetValueOrDefault(r.Id)))
            .OrderByDescending(c => c.Accepte).ThenBy(c => c.Structure, StringComparer.Create(new System.Globalization.CultureInfo("fr-FR"), true)).ThenBy(c => c.StructureId)
            .ThenBy(c => c.Referent, StringComparer.Ordinal)];
    }
}
