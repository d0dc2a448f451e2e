using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Passerelle.Web.Data.Cache;

/// <summary>
/// Values worth keeping between requests of a département (queue counts, référents and their loads,
/// referentials), each under the <see cref="VersionsDonnees"/> version read before computing it.
/// Rule: a value is served only while no write to its data has been committed in the département
/// since it was computed, so nobody sees a count that their own action has changed; and at most
/// <see cref="Duree"/> old, which bounds what another instance's writes or a write made outside
/// EF can leave visible. Without a département (no tenant) nothing is cached, nor when
/// <paramref name="desactive"/> (<c>Diagnostic:SansCache</c>, to measure every request as if after a write).
/// </summary>
public sealed class CacheDepartement(IMemoryCache cache, VersionsDonnees versions, bool desactive = false)
{
    public static readonly TimeSpan Duree = TimeSpan.FromMinutes(1);

    private sealed record Entree(long Version, object Valeur);

    /// <summary>A small referential of the département (territoires, structures), as lists and filters show it.</summary>
    public Task<IReadOnlyList<NomReferentiel>> ReferentielAsync(AppDbContext db, string cle, IQueryable<NomReferentiel> lignes, CancellationToken ct) =>
        ObtenirAsync<IReadOnlyList<NomReferentiel>>(db, cle, async c => await lignes.ToListAsync(c), ct);

    /// <param name="cle">What the value is, with everything it depends on besides the département (scope, date…).</param>
    public Task<T> ObtenirAsync<T>(AppDbContext db, string cle, Func<CancellationToken, Task<T>> calculer, CancellationToken ct) where T : notnull =>
        ObtenirAsync(db, cle, null, calculer, ct);

    /// <param name="lues">
    /// Every table the value is drawn from, each followed by <see cref="SuiviEcritures"/>: the value is served until one of
    /// them is written, whatever else the département writes. Without it, any followed write recomputes it.
    /// </param>
    public async Task<T> ObtenirAsync<T>(AppDbContext db, string cle, IReadOnlyCollection<Type>? lues, Func<CancellationToken, Task<T>> calculer, CancellationToken ct)
        where T : notnull
    {
        if (lues?.FirstOrDefault(t => !SuiviEcritures.EstSuivie(t)) is { } inconnue)
            throw new ArgumentException($"La table {inconnue.Name} n'est pas suivie par SuiviEcritures : la valeur ne serait jamais recalculée.", nameof(lues));
        if (desactive || db.TenantId is not int departement) return await calculer(ct);
        var version = lues is null ? versions.Version(departement) : versions.Version(departement, lues);
        if (cache.TryGetValue((departement, cle), out Entree? entree) && entree!.Version == version) return (T)entree.Valeur;
        var valeur = await calculer(ct);
        cache.Set((departement, cle), new Entree(version, valeur), Duree);
        return valeur;
    }
}
