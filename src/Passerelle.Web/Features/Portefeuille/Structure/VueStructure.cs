using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Portefeuille.Structure;

/// <param name="Habilite">Still holds a Referent habilitation on the structure (the only ones who may receive a new person).</param>
public sealed record ChargeReferent(string ReferentId, string Nom, int Personnes, int EnRetard, bool Habilite);

public sealed record CapaciteType(TypeOrientation Type, bool Accepte, int? Places, int Occupees)
{
    public int? Disponibles => Places is int p ? Math.Max(0, p - Occupees) : null;
}

public sealed record PersonneSansReferent(int ParcoursId, int Version, int PersonneId, string Nom, string Prenoms,
    TypeOrientation? Type, DateOnly? DateOrientation, DateOnly? Echeance);

/// <summary>
/// A structure head's view of the structures they run (their ResponsableStructure habilitations):
/// the caseload and lateness of each référent, the capacity per orientation type against the open
/// designations, and the persons oriented to the structure still waiting for a référent.
/// Every query is bounded by <see cref="Structures"/>, so another structure's people never show.
/// </summary>
public sealed class VueStructure(AppDbContext db, CurrentUser user, RequetePortefeuille portefeuille, ReglesEnVigueur regles, CacheDepartement cache)
{
    /// <summary>The département's names of the orientation types in the rule set in force today.</summary>
    public async Task<IReadOnlyDictionary<TypeOrientation, string>> NomsTypesAsync(CancellationToken ct)
    {
        var jeu = await regles.PourAsync(portefeuille.Aujourdhui, ct);
        return Enum.GetValues<TypeOrientation>().ToDictionary(t => t, jeu.NomType);
    }

    public IReadOnlyList<int> Structures { get; } = user.Habilitations
        .Where(h => h.Role == Role.ResponsableStructure && h.StructureId is not null).Select(h => h.StructureId!.Value).Distinct().ToList();

    public async Task<Dictionary<int, string>> NomsStructuresAsync(CancellationToken ct) =>
        (await StructuresDuDepartement.ListerAsync(db, cache, ct)).Where(s => Structures.Contains(s.Id)).ToDictionary(s => s.Id, s => s.Nom);

    /// <summary>
    /// Référents habilitated on the structure, and anyone who still holds open designations in it, with their
    /// caseload and lateness: every open designation of the structure is read, so the result is kept by
    /// <see cref="CacheDepartement"/> until a designation or parcours of the département changes.
    /// </summary>
    public Task<IReadOnlyList<ChargeReferent>> ReferentsAsync(int structureId, CancellationToken ct) =>
        cache.ObtenirAsync(db, $"structure-referents:{structureId}:{portefeuille.Aujourdhui:yyyy-MM-dd}", c => LireReferentsAsync(structureId, c), ct);

    private async Task<IReadOnlyList<ChargeReferent>> LireReferentsAsync(int structureId, CancellationToken ct)
    {
        var aujourdhui = portefeuille.Aujourdhui;
        var charges = await (from d in db.Set<DesignationReferent>().AsNoTracking()
                             where d.StructureId == structureId && d.DateFin == null
                             join p in db.Set<Parcours>() on d.ParcoursId equals p.Id
                             where p.DateCloture == null
                             group p by d.ReferentId into g
                             select new { ReferentId = g.Key, Personnes = g.Count(), EnRetard = g.Count(p => p.EcheanceProchaine < aujourdhui) })
            .ToDictionaryAsync(c => c.ReferentId, ct);
        var habilites = await db.Habilitations.AsNoTracking()
            .Where(h => h.Role == Role.Referent && h.StructureId == structureId).Select(h => h.UtilisateurId).ToListAsync(ct);
        var ids = habilites.Union(charges.Keys).ToList();
        var noms = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Prenom, u.Nom }).ToListAsync(ct);
        return noms.Select(u => new ChargeReferent(u.Id, $"{u.Prenom} {u.Nom}",
                charges.TryGetValue(u.Id, out var c) ? c.Personnes : 0, c?.EnRetard ?? 0, habilites.Contains(u.Id)))
            .OrderBy(r => r.Nom, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true)).ToList();
    }

    /// <summary>The référent's name when they belong to one of the head's structures (habilitation or open designation there), else null.</summary>
    public async Task<string?> ReferentDeMesStructuresAsync(string referentId, CancellationToken ct)
    {
        var ids = Structures;
        var membre = await db.Habilitations.AnyAsync(h => h.UtilisateurId == referentId && h.Role == Role.Referent && h.StructureId != null && ids.Contains(h.StructureId.Value), ct)
            || await db.Set<DesignationReferent>().AnyAsync(d => d.ReferentId == referentId && d.DateFin == null && ids.Contains(d.StructureId), ct);
        if (!membre) return null;
        return await db.Users.Where(u => u.Id == referentId).Select(u => u.Prenom + " " + u.Nom).SingleOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<CapaciteType>> CapacitesAsync(int structureId, CancellationToken ct)
    {
        var offres = await db.Set<OffreAccompagnement>().AsNoTracking().Where(o => o.StructureId == structureId)
            .ToDictionaryAsync(o => o.TypeOrientation, o => o.Places, ct);
        var occupees = await db.Set<DesignationReferent>().AsNoTracking().Where(d => d.StructureId == structureId && d.DateFin == null)
            .GroupBy(d => d.TypeOrientation).Select(g => new { Type = g.Key, Nombre = g.Count() }).ToDictionaryAsync(g => g.Type, g => g.Nombre, ct);
        return Enum.GetValues<TypeOrientation>()
            .Where(t => offres.ContainsKey(t) || occupees.ContainsKey(t))
            .Select(t => new CapaciteType(t, offres.ContainsKey(t), offres.GetValueOrDefault(t), occupees.GetValueOrDefault(t))).ToList();
    }

    /// <summary>Open parcours oriented to the structure with no référent yet, oldest deadline first (counted on the parcours alone, without the persons' join).</summary>
    public async Task<Page<PersonneSansReferent>> SansReferentAsync(int structureId, int numero, CancellationToken ct) =>
        await SansReferent(structureId)
            .OrderBy(p => p.EcheanceProchaine == null).ThenBy(p => p.EcheanceProchaine).ThenBy(p => p.Personne!.CleIdentite).ThenBy(p => p.Id)
            .Select(p => new PersonneSansReferent(p.Id, p.Version, p.PersonneId, p.Personne!.Nom, p.Personne.Prenoms, p.TypeOrientation, p.DateOrientation, p.EcheanceProchaine))
            .PaginerSurTotalAsync(numero, await SansReferent(structureId).CountAsync(ct), ct);

    public Task<bool> EstSansReferentAsync(int structureId, int parcoursId, CancellationToken ct) =>
        SansReferent(structureId).AnyAsync(p => p.Id == parcoursId, ct);

    private IQueryable<Parcours> SansReferent(int structureId) => db.Set<Parcours>().AsNoTracking()
        // The step implies no référent (every way into it clears ReferentId): filtering on it too made SQLite pick the référent index.
        .Where(p => p.StructureId == structureId && p.DateCloture == null && p.Etape == EtapeParcours.SansReferent);
}
