using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Demo;

internal sealed record AccompagnantDemo(int StructureId, string Nom, TypeOrientation Type, int[] Territoires, string[] Referents);

internal sealed record ReferentChoisi(int StructureId, string ReferentId, string Lieu);

/// <summary>
/// Who accompanies whom in a demo département: the structures accepting each orientation type with
/// their référents, the département's services that hold orientation interviews, and the documented
/// accounts (<c>referent@</c>, <c>responsable@</c>) whose pages must not be empty.
/// </summary>
internal sealed class EquipesDemo
{
    private readonly List<AccompagnantDemo> accompagnants;
    private readonly List<(int Id, string Nom, int[] Territoires)> services;
    private readonly Dictionary<string, string> noms;
    private readonly int quotaReferentDemo;
    private int suivisReferentDemo;

    private EquipesDemo(List<AccompagnantDemo> accompagnants, List<(int, string, int[])> services, Dictionary<string, string> noms,
        string referentDemo, int structureDemo, string agent, int quotaReferentDemo)
    {
        (this.accompagnants, this.services, this.noms) = (accompagnants, services, noms);
        (ReferentDemo, StructureDemo, Agent, this.quotaReferentDemo) = (referentDemo, structureDemo, agent, quotaReferentDemo);
    }

    public string ReferentDemo { get; }
    /// <summary>The structure of <c>referent@</c> and <c>responsable@</c> (a CCAS: social orientation).</summary>
    public int StructureDemo { get; }
    /// <summary>The département agent who signs the demo's invitations and decisions.</summary>
    public string Agent { get; }

    /// <param name="quotaReferentDemo">People given to <c>referent@</c> first, so the documented account has a real portefeuille.</param>
    public static async Task<EquipesDemo> ChargerAsync(AppDbContext db, string code, int quotaReferentDemo, CancellationToken ct)
    {
        var dessertes = (await db.Set<StructureTerritoire>().Select(t => new { t.StructureId, t.TerritoireId }).ToListAsync(ct))
            .ToLookup(t => t.StructureId, t => t.TerritoireId);
        var referents = (await db.Habilitations.Where(h => h.Role == Role.Referent && h.StructureId != null)
            .Select(h => new { h.UtilisateurId, StructureId = h.StructureId!.Value }).OrderBy(h => h.UtilisateurId).ToListAsync(ct))
            .ToLookup(h => h.StructureId, h => h.UtilisateurId);
        var accompagnants = (await db.Set<OffreAccompagnement>().OrderBy(o => o.Id)
            .Select(o => new { o.StructureId, o.Structure!.Nom, o.TypeOrientation }).ToListAsync(ct))
            .Select(o => new AccompagnantDemo(o.StructureId, o.Nom, o.TypeOrientation, [.. dessertes[o.StructureId]], [.. referents[o.StructureId]]))
            .Where(a => a.Referents.Length > 0).ToList();
        var services = (await db.Structures.Where(s => s.Type == TypeStructure.ServiceDepartement).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Nom }).ToListAsync(ct)).Select(s => (s.Id, s.Nom, dessertes[s.Id].ToArray())).ToList();
        var noms = await db.Users.ToDictionaryAsync(u => u.Id, u => $"{u.Prenom} {u.Nom}", ct);
        var demo = await db.Users.Where(u => u.Email == $"referent@{code}.passerelle.test")
            .Select(u => new { u.Id, u.Habilitations.First(h => h.StructureId != null).StructureId }).SingleAsync(ct);
        var agent = await db.Users.Where(u => u.Email == $"agent@{code}.passerelle.test").Select(u => u.Prenom + " " + u.Nom).SingleAsync(ct);
        return new EquipesDemo(accompagnants, services, noms, demo.Id, demo.StructureId!.Value, agent, quotaReferentDemo);
    }

    public string NomDe(string utilisateurId) => noms[utilisateurId];

    /// <summary>Where the orientation interview takes place: the département's service for the territoire.</summary>
    public string LieuEntretien(int? territoireId) =>
        services.FirstOrDefault(s => territoireId is int t && s.Territoires.Contains(t) && s.Territoires.Length == 1).Nom ?? services[0].Nom;

    /// <summary>A structure accepting the type, preferably one serving the person's territoire.</summary>
    public AccompagnantDemo? Structure(Random hasard, TypeOrientation type, int? territoireId)
    {
        var possibles = accompagnants.Where(a => a.Type == type).ToList();
        var proches = possibles.Where(a => territoireId is int t && a.Territoires.Contains(t)).ToList();
        var choix = proches.Count > 0 && hasard.NextDouble() < 0.85 ? proches : possibles;
        return choix.Count == 0 ? null : choix[hasard.Next(choix.Count)];
    }

    /// <summary>
    /// The référent of an accompanied person: <c>referent@</c> for social cases until the quota is
    /// reached (the CCAS also takes cases from its neighbours), else a référent of a structure nearby.
    /// </summary>
    public ReferentChoisi? Referent(Random hasard, TypeOrientation type, int? territoireId)
    {
        var demo = accompagnants.FirstOrDefault(a => a.StructureId == StructureDemo && a.Type == type);
        if (demo is not null && suivisReferentDemo < quotaReferentDemo
            && (territoireId is int t && demo.Territoires.Contains(t) || hasard.NextDouble() < 0.7))
        {
            suivisReferentDemo++;
            return new ReferentChoisi(demo.StructureId, ReferentDemo, demo.Nom);
        }
        var structure = Structure(hasard, type, territoireId);
        if (structure is null) return null;
        var autres = structure.Referents.Where(r => r != ReferentDemo).ToArray();
        if (autres.Length == 0) autres = structure.Referents;
        return new ReferentChoisi(structure.StructureId, autres[hasard.Next(autres.Length)], structure.Nom);
    }
}
