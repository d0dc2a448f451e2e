using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;

namespace Passerelle.Web.Features.Indicateurs.Mouvements;

/// <summary>
/// Computes movements from the parcours and designations of the current département: for a list of
/// days, only the parcours with a date on one of them are read (indexes on each of those dates);
/// for every day, all of them.
/// </summary>
public sealed class CalculMouvements(AppDbContext db)
{
    /// <summary>The movements of these days, by day and territoire (days without movement left out).</summary>
    public async Task<List<MouvementJour>> DesJoursAsync(IReadOnlyCollection<DateOnly> jours, CancellationToken ct)
    {
        if (jours.Count == 0) return [];
        var liste = jours.ToList();
        var parcours = db.DuRsa();
        var designations = db.Set<DesignationReferent>();
        // One branch per date so that each reads its own index (SQLite does not split an OR over a subquery).
        var touches = parcours.Where(p => liste.Contains(p.DateEntree)).Select(p => p.Id)
            .Union(parcours.Where(p => liste.Contains(p.DateCloture!.Value)).Select(p => p.Id))
            .Union(parcours.Where(p => liste.Contains(p.DateOrientation!.Value)).Select(p => p.Id))
            .Union(designations.Where(d => liste.Contains(d.DateDebut)).Select(d => d.ParcoursId))
            .Union(designations.Where(d => liste.Contains(d.DateFin!.Value)).Select(d => d.ParcoursId));
        return Sommer(await SituationsAsync(touches, ct), liste.ToHashSet().Contains);
    }

    /// <summary>The movements of every day up to <paramref name="jusquAu"/> included.</summary>
    public async Task<List<MouvementJour>> JusquAuAsync(DateOnly jusquAu, CancellationToken ct) =>
        Sommer(await SituationsAsync(null, ct), jour => jour <= jusquAu);

    /// <summary>The situation of each parcours of <paramref name="ids"/> (null: all of them), with all its designations.</summary>
    internal async Task<List<SituationParcours>> SituationsAsync(IQueryable<int>? ids, CancellationToken ct)
    {
        var parcours = db.DuRsa().AsNoTracking();
        var designations = db.Set<DesignationReferent>().AsNoTracking();
        if (ids is not null) (parcours, designations) = (parcours.Where(p => ids.Contains(p.Id)), designations.Where(d => ids.Contains(d.ParcoursId)));
        var lignes = await parcours.Select(p => new { p.Id, p.TerritoireId, p.DateEntree, p.DateCloture, p.DateOrientation }).ToListAsync(ct);
        var periodes = (await designations.Select(d => new { d.ParcoursId, d.DateDebut, d.DateFin }).ToListAsync(ct))
            .ToLookup(d => d.ParcoursId, d => new PeriodeDesignation(d.DateDebut, d.DateFin));
        return lignes.ConvertAll(p => new SituationParcours(p.Id, p.TerritoireId, p.DateEntree, p.DateCloture, p.DateOrientation, [.. periodes[p.Id]]));
    }

    private static List<MouvementJour> Sommer(List<SituationParcours> situations, Func<DateOnly, bool> retenu)
    {
        var sommes = new Dictionary<(DateOnly Jour, int? Territoire), CompteStock>();
        foreach (var s in situations)
            foreach (var jour in s.Changements().Where(retenu))
                sommes[(jour, s.TerritoireId)] = sommes.GetValueOrDefault((jour, s.TerritoireId)) + s.MouvementLe(jour);
        return [.. sommes.Where(m => !m.Value.EstNul).Select(m => new MouvementJour
        {
            Jour = m.Key.Jour,
            TerritoireId = m.Key.Territoire,
            Ouverts = m.Value.Ouverts,
            SansReferent = m.Value.SansReferent,
            SansReferentOrientes = m.Value.SansReferentOrientes,
        })];
    }
}
