using System.Collections.Concurrent;

namespace Passerelle.Web.Data.Cache;

/// <summary>
/// Counters per département of the committed writes to the data that cached figures and lists are
/// drawn from (<see cref="SuiviEcritures"/> says which): one over every followed table, and one per table.
/// A value cached with the version read before it was computed is served only while the version has not
/// moved (<see cref="CacheDepartement"/>), so a write committed in the département, the user's own action
/// first, makes the next read compute again. A value that names the tables it reads moves only with them:
/// a month of clause hours does not recompute the référents' loads. Writes made without a département
/// (start-up, migrations, tools) move every département's versions.
/// </summary>
public sealed class VersionsDonnees
{
    private readonly ConcurrentDictionary<int, long> parDepartement = new();
    private readonly ConcurrentDictionary<(int Departement, Type Table), long> parTable = new();
    private long commune;

    /// <summary>Only ever grows: every counter does.</summary>
    public long Version(int departementId) => Volatile.Read(ref commune) + parDepartement.GetValueOrDefault(departementId);

    /// <summary>The version of the writes to these tables only; grows as each of them does.</summary>
    public long Version(int departementId, IEnumerable<Type> tables) =>
        Volatile.Read(ref commune) + tables.Sum(t => parTable.GetValueOrDefault((departementId, t)));

    public void Changer(int? departementId, IEnumerable<Type> tables)
    {
        if (departementId is not int id)
        {
            Interlocked.Increment(ref commune);
            return;
        }
        parDepartement.AddOrUpdate(id, 1, (_, v) => v + 1);
        foreach (var table in tables) parTable.AddOrUpdate((id, table), 1, (_, v) => v + 1);
    }
}
