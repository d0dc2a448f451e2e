using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Parrainage;

public sealed record IssueComptee(StatutParrainage Statut, IssueParrainage Issue, int Nombre);

/// <summary>The parrainage figures of one civil year (definitions and seed mapping: docs/indicators.md, « Parrainage »).</summary>
public sealed record ChiffresParrainage(int Annee, int ParrainsActifs, int ParrainsEngages, int Proposes, int Commences, int EnCours, int Rencontres, int HeuresRencontres,
    IReadOnlyList<IssueComptee> Fins)
{
    public int Termines => Fins.Sum(f => f.Nombre);

    /// <summary>Pairings ended in the year on a job or a training, as a share of all ended in the year; null when none ended.</summary>
    public decimal? TauxSortiePositive => Termines == 0 ? null
        : Math.Round(100m * Fins.Where(f => f.Issue is IssueParrainage.Emploi or IssueParrainage.Formation).Sum(f => f.Nombre) / Termines, 1);
}

/// <summary>
/// Computes the parrainage indicators of the département for a year, from the pairings themselves (no stored counter):
/// Drôme's action 10 asks for the number of volunteer mentors and of beneficiaries in the scheme, and their outcome.
/// </summary>
public sealed class IndicateursParrainage(AppDbContext db)
{
    public async Task<ChiffresParrainage> CalculerAsync(int annee, CancellationToken ct)
    {
        var (du, au) = (new DateOnly(annee, 1, 1), new DateOnly(annee, 12, 31));
        var parrainages = db.Set<Parrainage>().AsNoTracking();
        var fins = await parrainages.Where(p => p.DateFin >= du && p.DateFin <= au && p.Issue != null)
            .GroupBy(p => new { p.Statut, p.Issue }).Select(g => new { g.Key.Statut, g.Key.Issue, Nombre = g.Count() }).ToListAsync(ct);
        var rencontres = db.Set<RencontreParrainage>().AsNoTracking().Where(r => r.Date >= du && r.Date <= au);
        var minutes = await rencontres.SumAsync(r => (int?)r.DureeMinutes, ct) ?? 0;
        return new ChiffresParrainage(annee,
            await db.Set<Parrain>().CountAsync(p => p.Actif, ct),
            await db.Set<Parrain>().CountAsync(p => p.DateEngagement >= du && p.DateEngagement <= au, ct),
            await parrainages.CountAsync(p => p.DateDebut >= du && p.DateDebut <= au, ct),
            await parrainages.CountAsync(p => p.CommenceLe >= du && p.CommenceLe <= au, ct),
            await parrainages.CountAsync(p => p.Statut == StatutParrainage.EnCours, ct),
            await rencontres.CountAsync(ct),
            minutes / 60,
            [.. fins.OrderBy(f => f.Statut).ThenBy(f => f.Issue).Select(f => new IssueComptee(f.Statut, f.Issue!.Value, f.Nombre))]);
    }
}
