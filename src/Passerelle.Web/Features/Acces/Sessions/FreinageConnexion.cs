using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Passerelle.Web.Features.Acces.Sessions;

/// <summary>Thresholds of <see cref="FreinageConnexion"/>, section <c>Connexion:Freinage</c>.</summary>
public sealed class OptionsFreinage
{
    /// <summary>Failures on one account from one address before delays start: one attacker cannot hold back the owner elsewhere.</summary>
    public int SeuilCompteEtAdresse { get; set; } = 5;

    /// <summary>Failures on one account from all addresses: a guess spread over many addresses.</summary>
    public int SeuilCompte { get; set; } = 50;

    /// <summary>Failures from one address over all accounts: one password tried on many accounts.</summary>
    public int SeuilAdresse { get; set; } = 20;

    public int PremierDelaiSecondes { get; set; } = 30;
    public int DelaiMaximalMinutes { get; set; } = 15;
}

/// <summary>
/// Progressive delays instead of a lock: past a threshold of failures, each further failure doubles the wait
/// (capped) before the next attempt is even checked. Counted per account and address, per account and per
/// address, for unknown accounts as for real ones, so the delays say nothing of which accounts exist. Counters
/// live in this instance's memory and are forgotten an hour after their last failure.
/// </summary>
public sealed class FreinageConnexion(IMemoryCache cache, TimeProvider horloge, IOptions<OptionsFreinage> options)
{
    private static readonly TimeSpan Oubli = TimeSpan.FromHours(1);

    private sealed record Compteur(int Echecs, DateTimeOffset Dernier);

    private IEnumerable<(string Cle, int Seuil)> Cles(string compte, string? adresse)
    {
        var o = options.Value;
        var ip = adresse ?? "inconnue";
        yield return ($"freinage:compte-adresse:{compte}|{ip}", o.SeuilCompteEtAdresse);
        yield return ($"freinage:compte:{compte}", o.SeuilCompte);
        yield return ($"freinage:adresse:{ip}", o.SeuilAdresse);
    }

    /// <summary>Whether an attempt now must be refused without looking at the password's correctness.</summary>
    public bool EstFreine(string compte, string? adresse)
    {
        var maintenant = horloge.GetUtcNow();
        return Cles(compte, adresse).Any(c => cache.TryGetValue(c.Cle, out Compteur? n) && n is not null && maintenant < n.Dernier + Delai(n.Echecs, c.Seuil));
    }

    public void Echec(string compte, string? adresse)
    {
        var maintenant = horloge.GetUtcNow();
        foreach (var (cle, _) in Cles(compte, adresse))
        {
            var echecs = cache.TryGetValue(cle, out Compteur? n) && n is not null ? n.Echecs : 0;
            cache.Set(cle, new Compteur(echecs + 1, maintenant), new MemoryCacheEntryOptions { SlidingExpiration = Oubli });
        }
    }

    /// <summary>A correct password clears the account's counters; the address's stays (it may be spraying).</summary>
    public void Reussite(string compte, string? adresse)
    {
        foreach (var (cle, _) in Cles(compte, adresse).Take(2))
            cache.Remove(cle);
    }

    private TimeSpan Delai(int echecs, int seuil)
    {
        if (echecs < seuil) return TimeSpan.Zero;
        var o = options.Value;
        var secondes = o.PremierDelaiSecondes * Math.Pow(2, Math.Min(echecs - seuil, 20));
        return TimeSpan.FromSeconds(Math.Min(secondes, o.DelaiMaximalMinutes * 60.0));
    }
}
