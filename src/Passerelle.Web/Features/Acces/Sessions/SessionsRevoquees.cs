using System.Collections.Concurrent;

namespace Passerelle.Web.Features.Acces.Sessions;

/// <summary>
/// The revoked sessions still able to present a valid cookie, in memory: the check on every request is one
/// dictionary lookup. This instance adds its own revocations at once; <see cref="SynchronisationSessions"/> brings
/// those of the other instances from the database every few seconds.
/// </summary>
public sealed class SessionsRevoquees
{
    private readonly ConcurrentDictionary<string, DateTime> revoquees = new(StringComparer.Ordinal);

    public bool Contient(string session) => revoquees.ContainsKey(session);

    public void Ajouter(string session, DateTime revoqueeLe) => revoquees[session] = revoqueeLe;

    /// <summary>A cookie expires at most one cookie lifetime after its session was revoked: older entries can go.</summary>
    public void Oublier(DateTime avant)
    {
        foreach (var (session, le) in revoquees)
            if (le < avant) revoquees.TryRemove(session, out _);
    }
}
