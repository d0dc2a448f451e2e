using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Comites;

public sealed record LigneComite(int Id, string Nom, TypeComite Type, string? Territoire, string? Programme, FrequenceComite Frequence, bool Actif,
    int Membres, int Reunions, DateOnly? DerniereReunion, bool Gere);

/// <param name="Taux">Présente over the held meetings to which it was a member, in percent; null before any.</param>
public sealed record MembreVu(int Id, string Nom, TypeInstitution Type, bool Actif, int Reunions, int Presente, decimal? Taux);

public sealed record ReunionResumee(int Id, DateOnly Date, string Lieu, bool Tenue, int Presentes, int Membres, int Decisions);

public sealed record VueComite(int Id, int Version, string Nom, TypeComite Type, int? TerritoireId, string? Territoire, int? ProgrammeId, string? Programme,
    IReadOnlyList<int> FicheActionIds, IReadOnlyList<string> Fiches, FrequenceComite Frequence, bool Actif, bool Gere, IReadOnlyList<MembreVu> Membres,
    IReadOnlyList<ReunionResumee> Reunions);

public sealed record PresenceVue(int MembreId, string Nom, TypeInstitution Type, StatutPresence? Statut, int Representants);

public sealed record DecisionVue(int Id, int Version, string Texte, string? Porteur, DateOnly? Echeance, StatutDecision Statut, bool EnRetard);

public sealed record VueReunion(int Id, int Version, int ComiteId, string Comite, DateOnly Date, string Lieu, string? OrdreDuJour, string? CompteRendu, bool Tenue,
    bool Gere, IReadOnlyList<PresenceVue> Presences, IReadOnlyList<DecisionVue> Decisions);

/// <summary>The instances, one instance with its members and meetings, one meeting with its attendance and decisions: read by every role of the policy.</summary>
public sealed class ConsultationComites(AppDbContext db, AccesComites acces, HeureLegale heure)
{
    public async Task<IReadOnlyList<LigneComite>> ListeAsync(CancellationToken ct)
    {
        var aujourdhui = heure.Aujourdhui;
        var reunions = db.Set<Reunion>();
        var lignes = await db.Set<Comite>().AsNoTracking()
            .Select(c => new
            {
                c.Id,
                c.Nom,
                c.Type,
                c.TerritoireId,
                c.Frequence,
                c.Actif,
                Territoire = db.Territoires.Where(t => t.Id == c.TerritoireId).Select(t => t.Nom).FirstOrDefault(),
                Programme = db.Set<Programmes.Programme>().Where(p => p.Id == c.ProgrammeId).Select(p => p.Titre).FirstOrDefault(),
                Membres = c.Membres.Count(m => m.Actif),
                Reunions = reunions.Count(r => r.ComiteId == c.Id && r.Date <= aujourdhui),
                Derniere = reunions.Where(r => r.ComiteId == c.Id && r.Date <= aujourdhui).Max(r => (DateOnly?)r.Date),
            }).ToListAsync(ct);
        return [.. lignes.OrderByDescending(l => l.Actif).ThenBy(l => l.Type).ThenBy(l => l.Territoire).ThenBy(l => l.Nom, StringComparer.Ordinal)
            .Select(l => new LigneComite(l.Id, l.Nom, l.Type, l.Territoire, l.Programme, l.Frequence, l.Actif, l.Membres, l.Reunions, l.Derniere, acces.Gere(l.Type, l.TerritoireId)))];
    }

    public async Task<VueComite?> InstanceAsync(int id, CancellationToken ct)
    {
        var c = await db.Set<Comite>().AsNoTracking().Include(x => x.Membres).Include(x => x.Fiches).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var aujourdhui = heure.Aujourdhui;
        var territoire = c.TerritoireId is int t ? await db.Territoires.Where(x => x.Id == t).Select(x => x.Nom).FirstOrDefaultAsync(ct) : null;
        var programme = c.ProgrammeId is int p ? await db.Set<Programmes.Programme>().Where(x => x.Id == p).Select(x => x.Titre).FirstOrDefaultAsync(ct) : null;
        var ficheIds = c.Fiches.Select(f => f.FicheActionId).ToList();
        var fiches = await db.Set<Programmes.ElementProgramme>().Where(e => ficheIds.Contains(e.Id)).OrderBy(e => e.Ordre).Select(e => e.Code + " – " + e.Titre).ToListAsync(ct);
        var reunions = await db.Set<Reunion>().AsNoTracking().Where(r => r.ComiteId == id).OrderByDescending(r => r.Date)
            .Select(r => new
            {
                r.Id,
                r.Date,
                r.Lieu,
                Decisions = r.Decisions.Count,
                Presences = r.Presences.Select(x => new { x.MembreComiteId, x.Statut }).ToList(),
            }).ToListAsync(ct);
        var tenues = reunions.Where(r => r.Date <= aujourdhui).SelectMany(r => r.Presences).ToList();
        var membres = c.Membres.OrderByDescending(m => m.Actif).ThenBy(m => m.Type).ThenBy(m => m.Nom, StringComparer.Ordinal).Select(m =>
        {
            var siennes = tenues.Where(x => x.MembreComiteId == m.Id).ToList();
            var presente = siennes.Count(x => x.Statut == StatutPresence.Presente);
            return new MembreVu(m.Id, m.Nom, m.Type, m.Actif, siennes.Count, presente, siennes.Count == 0 ? null : Math.Round(100m * presente / siennes.Count, 1));
        }).ToList();
        return new VueComite(c.Id, c.Version, c.Nom, c.Type, c.TerritoireId, territoire, c.ProgrammeId, programme, ficheIds, fiches, c.Frequence, c.Actif,
            acces.Gere(c.Type, c.TerritoireId), membres,
            [.. reunions.Select(r => new ReunionResumee(r.Id, r.Date, r.Lieu, r.Date <= aujourdhui, r.Presences.Count(x => x.Statut == StatutPresence.Presente), r.Presences.Count, r.Decisions))]);
    }

    public async Task<VueReunion?> ReunionAsync(int id, CancellationToken ct)
    {
        var r = await db.Set<Reunion>().AsNoTracking().Include(x => x.Presences).Include(x => x.Decisions).FirstOrDefaultAsync(x => x.Id == id, ct);
        var c = r is null ? null : await db.Set<Comite>().AsNoTracking().Include(x => x.Membres).FirstOrDefaultAsync(x => x.Id == r.ComiteId, ct);
        if (r is null || c is null) return null;
        var aujourdhui = heure.Aujourdhui;
        var presences = c.Membres.Where(m => m.Actif || r.Presences.Any(p => p.MembreComiteId == m.Id))
            .OrderBy(m => m.Type).ThenBy(m => m.Nom, StringComparer.Ordinal)
            .Select(m => r.Presences.FirstOrDefault(p => p.MembreComiteId == m.Id) is { } p
                ? new PresenceVue(m.Id, m.Nom, m.Type, p.Statut, p.Representants)
                : new PresenceVue(m.Id, m.Nom, m.Type, null, 0)).ToList();
        return new VueReunion(r.Id, r.Version, c.Id, c.Nom, r.Date, r.Lieu, r.OrdreDuJour, r.CompteRendu, r.Date <= aujourdhui, acces.Gere(c.Type, c.TerritoireId), presences,
            [.. r.Decisions.OrderBy(d => d.Id).Select(d => new DecisionVue(d.Id, d.Version, d.Texte, d.Porteur, d.Echeance, d.Statut, TransitionsDecision.EnRetard(d.Statut, d.Echeance, aujourdhui)))]);
    }
}
