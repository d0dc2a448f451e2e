using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Indicateurs.Mouvements;

/// <summary>The stored days that writes have made stale (<see cref="DemandeRecalcul"/>), or all of them.</summary>
public sealed record JoursPerimes(bool Tous, IReadOnlySet<DateOnly> Jours)
{
    /// <summary>Past this many stale days, recomputing every day costs less than looking them up one by one.</summary>
    public const int Maximum = 366;

    /// <summary>
    /// Reads the pending requests that reach stored days up to <paramref name="borne"/>: a day is
    /// stale as such; a parcours's span makes its two ends and every day it changes on in between
    /// stale; a request for everything, a parcours gone (its days are unknown) or too many days make
    /// them all stale.
    /// </summary>
    public static async Task<JoursPerimes> LireAsync(AppDbContext db, CalculMouvements calcul, DateOnly borne, CancellationToken ct)
    {
        var enAttente = db.Set<DemandeRecalcul>().AsNoTracking().Where(d => d.Du == null || d.Du <= borne);
        var demandes = await enAttente.Select(d => new { d.ParcoursId, d.Du, d.Au }).ToListAsync(ct);
        var jours = new HashSet<DateOnly>();
        if (demandes.Any(d => d.ParcoursId is null && d.Du is null)) return new(true, jours);
        foreach (var d in demandes) jours.UnionWith(new[] { d.Du, d.Au }.OfType<DateOnly>());
        var spans = demandes.Where(d => d.ParcoursId is not null).ToList();
        if (spans.Count == 0) return new(jours.Count > Maximum, jours);
        var situations = (await calcul.SituationsAsync(enAttente.Where(d => d.ParcoursId != null).Select(d => d.ParcoursId!.Value), ct)).ToDictionary(s => s.Id);
        foreach (var d in spans)
        {
            if (!situations.TryGetValue(d.ParcoursId!.Value, out var s)) return new(true, jours);
            jours.UnionWith(s.Changements().Where(j => (d.Du is null || j >= d.Du) && (d.Au is null || j <= d.Au)));
        }
        return new(jours.Count > Maximum, jours);
    }

    /// <summary>
    /// The days up to <paramref name="borne"/> whose stored movements cannot be used — stale, or after
    /// <paramref name="stockesJusquAu"/> —, or null when every day is to be computed.
    /// </summary>
    public List<DateOnly>? ARecalculer(DateOnly stockesJusquAu, DateOnly borne)
    {
        if (Tous) return null;
        var jours = Jours.Where(j => j <= borne).ToHashSet();
        for (var j = stockesJusquAu.AddDays(1); j <= borne && jours.Count <= Maximum; j = j.AddDays(1)) jours.Add(j);
        return jours.Count > Maximum ? null : [.. jours];
    }
}
