using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Indicateurs.Mouvements;

/// <summary>
/// The stock of a date within a scope: the stored movements up to that date, except stale days, plus
/// the movements of the days not stored or stale, computed on the spot — the same figure the
/// definition gives on the parcours, whatever the state of the refresh.
/// </summary>
public sealed class LectureMouvements(AppDbContext db, CalculMouvements calcul, ActualisationMouvements actualisation)
{
    public async Task<CompteStock> StockAsync(DateOnly date, IReadOnlyCollection<int>? territoires, CancellationToken ct) =>
        (await ParTerritoireAsync(date, territoires, ct)).Aggregate(default(CompteStock), (s, c) => s + c.Stock);

    /// <summary>The stock of a date in each territoire of the scope (null key: parcours without territoire, département-wide only).</summary>
    public async Task<IReadOnlyList<(int? Territoire, CompteStock Stock)>> ParTerritoireAsync(DateOnly date, IReadOnlyCollection<int>? territoires, CancellationToken ct)
    {
        await actualisation.ActualiserAsync(ct);
        await using var vue = await VueCoherente.OuvrirAsync(db, ct);
        var jusquAu = await db.Set<EtatMouvements>().Select(e => (DateOnly?)e.CalculesJusquAu).FirstOrDefaultAsync(ct);
        var borne = jusquAu is not { } c || date < c ? date : c;
        var aCalculer = jusquAu is { } calcules ? (await JoursPerimes.LireAsync(db, calcul, borne, ct)).ARecalculer(calcules, date) : null;
        if (aCalculer is null) return Sommer([], await calcul.JusquAuAsync(date, ct), territoires);
        var stockes = await DansLaPortee(db.Set<MouvementJour>().AsNoTracking(), territoires)
            .Where(m => m.Jour <= borne && !aCalculer.Contains(m.Jour))
            .GroupBy(m => m.TerritoireId)
            .Select(g => new MouvementJour { TerritoireId = g.Key, Ouverts = g.Sum(m => m.Ouverts), SansReferent = g.Sum(m => m.SansReferent), SansReferentOrientes = g.Sum(m => m.SansReferentOrientes) })
            .ToListAsync(ct);
        return Sommer(stockes, await calcul.DesJoursAsync(aCalculer, ct), territoires);
    }

    private static IQueryable<MouvementJour> DansLaPortee(IQueryable<MouvementJour> mouvements, IReadOnlyCollection<int>? territoires) =>
        territoires is null ? mouvements : mouvements.Where(m => m.TerritoireId != null && territoires.Contains(m.TerritoireId.Value));

    /// <summary>Movements summed by territoire.</summary>
    private static List<(int? Territoire, CompteStock Stock)> Sommer(IEnumerable<MouvementJour> stockes, IEnumerable<MouvementJour> mouvements, IReadOnlyCollection<int>? territoires) =>
        stockes.Concat(mouvements.Where(m => territoires is null || (m.TerritoireId is int t && territoires.Contains(t))))
            .GroupBy(m => m.TerritoireId)
            .Select(g => (g.Key, g.Aggregate(default(CompteStock), (s, m) => s + new CompteStock(m.Ouverts, m.SansReferent, m.SansReferentOrientes))))
            .ToList();
}
