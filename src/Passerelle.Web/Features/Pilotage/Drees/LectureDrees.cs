using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Contrats;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>
/// Reads <see cref="DonneesDrees"/> for year N: each source is one query filtered and grouped by the database (the latest
/// right row on 31/12 per person, the latest entry per person, each foyer's composition), streamed as small tuples, then
/// <see cref="CalculDrees"/> counts in memory. Kept by <see cref="CacheDepartement"/> until the département writes again.
/// </summary>
public sealed class LectureDrees(AppDbContext db, CacheDepartement cache, HeureLegale heure)
{
    public Task<ResultatDrees> CalculerAsync(int annee, CancellationToken ct) =>
        cache.ObtenirAsync(db, $"drees:{annee}", async c => CalculDrees.Calculer(annee, await LireAsync(annee, c)), ct);

    public async Task<DonneesDrees> LireAsync(int annee, CancellationToken ct)
    {
        var fin = new DateOnly(annee, 12, 31);
        var finUtc = heure.DebutDuJourUtc(fin.AddDays(1));
        // Rows of a person are written in flux order (an older flux never overwrites a newer one), so the highest id is the latest.
        var dernieres = db.HistoriqueDroits.Where(h => h.DateEffet <= fin).GroupBy(h => h.PersonneId).Select(g => g.Max(h => h.Id));
        var sdd = await (from h in db.HistoriqueDroits
                         where dernieres.Contains(h.Id) && h.SoumisDroitsDevoirs && (h.EtatDroit == EtatsDroit.OuvertVersable || h.EtatDroit == EtatsDroit.NonDefini)
                         join m in db.MembresFoyer on new { h.DossierId, h.PersonneId } equals new { m.DossierId, m.PersonneId }
                         where m.Role == "DEM" || m.Role == "CJT"
                         join p in db.Personnes on h.PersonneId equals p.Id
                         where p.FusionneeDansId == null
                         select new PersonneSdd(p.Id, h.DossierId, p.DateNaissance, p.Sexe)).AsNoTracking().ToListAsync(ct);
        var entrees = await db.HistoriqueDroits
            .Where(h => h.DateEffet <= fin && (h.Evenement == EvenementDroit.NouvelEntrant || h.Evenement == EvenementDroit.Retour))
            .GroupBy(h => h.PersonneId).Select(g => new { g.Key, Date = g.Max(h => h.DateEffet) }).ToDictionaryAsync(e => e.Key, e => e.Date, ct);
        var foyers = await db.MembresFoyer.Where(m => m.Present).GroupBy(m => m.DossierId)
            .Select(g => new
            {
                g.Key,
                Demandeur = g.Max(m => m.Role == "DEM" ? m.PersonneId : 0),
                Conjoints = g.Count(m => m.Role == "CJT"),
                Enfants = g.Count(m => m.Role == "ENF"),
            })
            .Join(db.Dossiers, f => f.Key, d => d.Id, (f, d) => new { f.Key, f.Demandeur, f.Conjoints, f.Enfants, d.DateDemande })
            .ToDictionaryAsync(f => f.Key, f => new FoyerDrees(f.Key, f.Demandeur == 0 ? null : f.Demandeur, f.Conjoints > 0, f.Enfants > 0, f.DateDemande), ct);
        var niveaux = (await db.Set<Diagnostic.Diagnostic>().AsNoTracking().Select(d => new { d.PersonneId, d.Numero, d.EtabliLe, d.NiveauFormation }).ToListAsync(ct))
            .Where(d => d.EtabliLe.UtcDateTime < finUtc).GroupBy(d => d.PersonneId)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.Numero)!.NiveauFormation);
        var categories = (await db.Set<Structure>().AsNoTracking().Select(s => new { s.Id, s.Type }).ToListAsync(ct)).ToDictionary(s => s.Id, s => CategoriesDrees.De(s.Type));
        var orientations = (await (from d in db.Set<DecisionOrientation>()
                                   where d.Statut == StatutDecision.Validee && d.DecideeLe < finUtc
                                   join p in db.Set<Parcours>() on d.ParcoursId equals p.Id
                                   where p.Public == Parcours.PublicRsa
                                   select new { d.Id, d.PersonneId, d.ParcoursId, d.DecideeLe, d.StructureId, p.DateCloture }).AsNoTracking().ToListAsync(ct))
            .Select(o => new OrientationDrees(o.Id, o.PersonneId, o.ParcoursId, heure.Jour(o.DecideeLe!.Value), o.StructureId is int s ? categories.GetValueOrDefault(s) : null, o.StructureId, o.DateCloture))
            .ToList();
        var contrats = (await db.Set<Contrat>().AsNoTracking()
                .Where(c => c.Statut == StatutContrat.Valide && c.DateDebut <= fin && c.DateFin >= fin)
                .Select(c => new { c.PersonneId, c.ParcoursId, c.Type, c.Rang, c.DateDebut, c.DateFin, c.SigneLe, c.Objectifs, c.Actions }).ToListAsync(ct))
            .Select(c => new ContratDrees(c.PersonneId, c.ParcoursId, c.Type, c.Rang, c.DateDebut, c.DateFin, c.SigneLe, TypesActionDrees.DuContrat(c.Objectifs.Select(o => o.Theme), c.Actions.Count > 0)))
            .ToList();
        return new(sdd, entrees, foyers, niveaux, orientations, contrats);
    }
}
