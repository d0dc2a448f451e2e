using System.Collections.Concurrent;

namespace Passerelle.Web.Data.Cache;

/// <summary>
/// A counter per département of the committed writes to the data that cached figures and lists are
/// drawn from (<see cref="SuiviEcritures"/> says which). A value cached with the version read before
/// it was computed is served only while the version has not moved (<see cref="CacheDepartement"/>),
/// so a write committed in the département, the user's own action first, makes the next read compute
/// again. Writes made without a département (start-up, migrations, tools) move every département's version.
/// </summary>
public sealed class VersionsDonnees
{
    private readonly ConcurrentDictionary<int, long> parDepartement = new();
    private long commune;

    /// <summary>Only ever grows: both counters do.</summary>
    public long Version(int departementId) => Volatile.Read(ref commune) + parDepartement.GetValueOrDefault(departementId);

    public void Changer(int? departementId)
    {
        if (departementId is int id) parDepartement.AddOrUpdate(id, 1, (_, v) => v + 1);
        else Interlocked.Increment(ref commune);
    }
}
