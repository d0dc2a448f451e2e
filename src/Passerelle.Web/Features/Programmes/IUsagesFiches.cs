using Microsoft.EntityFrameworkCore;

namespace Passerelle.Web.Features.Programmes;

/// <summary>
/// A capability whose rows point at fiches-actions (the offer's actions): an import cannot take away a fiche it
/// uses. Registered by that capability, asked by <see cref="ImportProgrammes"/> before anything is written.
/// </summary>
public interface IUsagesFiches
{
    /// <returns>For each fiche of <paramref name="fiches"/> in use, what uses it, in words (« 3 action(s) de l'offre »).</returns>
    Task<IReadOnlyDictionary<int, string>> UtiliseesAsync(IReadOnlyCollection<int> fiches, CancellationToken ct);
}

public static class UsagesFiches
{
    /// <summary>How many of a capability's rows point at each fiche of <paramref name="fiches"/>, said with <paramref name="libelle"/>.</summary>
    /// <param name="fichesPointees">The fiche each row points at (null: none), e.g. <c>db.Set&lt;MarcheClause&gt;().Select(m =&gt; m.FicheActionId)</c>.</param>
    /// <param name="libelle">What uses the fiches, from their number: « n => $"{n} comité(s)" ».</param>
    public static async Task<IReadOnlyDictionary<int, string>> CompterAsync(IQueryable<int?> fichesPointees, IReadOnlyCollection<int> fiches,
        Func<int, string> libelle, CancellationToken ct) =>
        (await fichesPointees.Where(f => f != null && fiches.Contains(f.Value)).GroupBy(f => f!.Value)
            .Select(g => new { g.Key, Nombre = g.Count() }).ToListAsync(ct))
        .ToDictionary(g => g.Key, g => libelle(g.Nombre));
}
