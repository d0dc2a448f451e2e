using System.Diagnostics;
using System.Globalization;

namespace Passerelle.Web.Platform.Profil;

/// <summary>
/// Where one request's time goes: SQL commands (count, and time from execution to the reader's
/// disposal, so materialisation included), the page handler, and what follows it (rendering with
/// the layout). Written as a <c>Server-Timing</c> header (browser tools and the bench read it) when
/// <c>Diagnostic:ServerTiming</c> is true; off by default, so production requests carry nothing.
/// </summary>
public sealed class ProfilRequete
{
    private readonly long debut = Stopwatch.GetTimestamp();
    private long ticksSql;
    private int commandes;
    private long? debutPage, finPage;

    public int Commandes => commandes;

    public void AjouterCommande(TimeSpan duree)
    {
        Interlocked.Increment(ref commandes);
        Interlocked.Add(ref ticksSql, duree.Ticks);
    }

    /// <summary>The reading of a reader already counted when it was executed.</summary>
    public void AjouterLecture(TimeSpan duree) => Interlocked.Add(ref ticksSql, duree.Ticks);

    public void DebuterPage() => debutPage = Stopwatch.GetTimestamp();

    public void TerminerPage() => finPage = Stopwatch.GetTimestamp();

    /// <summary>"sql;dur=…;desc="7 commandes", avant;dur=…, page;dur=…, rendu;dur=…, total;dur=…" at the moment the response starts.</summary>
    public string Entete()
    {
        var maintenant = Stopwatch.GetTimestamp();
        static string Ms(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture);
        double Entre(long a, long b) => Stopwatch.GetElapsedTime(a, b).TotalMilliseconds;
        var parties = new List<string>
        {
            $"sql;dur={Ms(TimeSpan.FromTicks(Interlocked.Read(ref ticksSql)).TotalMilliseconds)};desc=\"{commandes} commandes\"",
        };
        if (debutPage is long d && finPage is long f)
        {
            parties.Add($"avant;dur={Ms(Entre(debut, d))};desc=\"routage et authentification\"");
            parties.Add($"page;dur={Ms(Entre(d, f))};desc=\"gestionnaire de la page\"");
            parties.Add($"rendu;dur={Ms(Entre(f, maintenant))};desc=\"vue et gabarit\"");
        }
        parties.Add($"total;dur={Ms(Entre(debut, maintenant))}");
        return string.Join(", ", parties);
    }
}
