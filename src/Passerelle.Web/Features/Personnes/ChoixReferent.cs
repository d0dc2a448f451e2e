using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Features.Personnes;

/// <summary>A référent one may designate, with their structure's stance on the orientation type (accepts, places, load).</summary>
public sealed record ChoixReferent(int StructureId, string ReferentId, string Structure, string Referent, bool Accepte, int? Places, int Occupees)
{
    public string Valeur => $"{StructureId}|{ReferentId}";

    public string Libelle => $"{Referent} — {Structure} ({(Accepte ? Places is int p ? $"{Occupees}/{p} places" : $"{Occupees} accompagnés" : "n'accompagne pas ce type")}{(Accepte && Occupees >= Places ? ", complet" : "")})";

    /// <summary>The active référents of the département's active structures (of <paramref name="structures"/> when given), those accepting the type first.</summary>
    public static async Task<IReadOnlyList<ChoixReferent>> ListerAsync(AppDbContext db, TypeOrientation type, IReadOnlyCollection<int>? structures, CancellationToken ct)
    {
        var referents = await db.Habilitations.AsNoTracking()
            .Where(h => h.Role == Role.Referent && h.StructureId != null && h.Structure!.Actif && (structures == null || structures.Contains(h.StructureId.Value)))
            .Join(db.Users, h => h.UtilisateurId, u => u.Id, (h, u) => new { StructureId = h.StructureId!.Value, Structure = h.Structure!.Nom, u.Id, u.Prenom, u.Nom, u.Actif })
            .Where(x => x.Actif)
            .ToListAsync(ct);
        var offres = await db.Set<OffreAccompagnement>().AsNoTracking().Where(o => o.TypeOrientation == type).ToDictionaryAsync(o => o.StructureId, o => o.Places, ct);
        var charges = await db.Set<DesignationReferent>().Where(d => d.DateFin == null && d.TypeOrientation == type)
            .GroupBy(d => d.StructureId).Select(g => new { g.Key, Nombre = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Nombre, ct);
        return [.. referents
            .Select(r => new ChoixReferent(r.StructureId, r.Id, r.Structure, $"{r.Prenom} {r.Nom}", offres.ContainsKey(r.StructureId), offres.GetValueOrDefault(r.StructureId), charges.GetValueOrDefault(r.StructureId)))
            .OrderByDescending(c => c.Accepte).ThenBy(c => c.Structure, StringComparer.Create(new System.Globalization.CultureInfo("fr-FR"), true)).ThenBy(c => c.Referent, StringComparer.Ordinal)];
    }
}
