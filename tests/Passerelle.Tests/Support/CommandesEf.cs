using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Passerelle.Tests.Support;

/// <summary>
/// Records the SQL commands EF Core executes in this process while it is alive (EF publishes them on a
/// diagnostic listener), with their parameter values: a test filters on values of its own rows, so
/// other tests running at the same time do not disturb it.
/// </summary>
public sealed class CommandesEf : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentQueue<(string Texte, object?[] Valeurs)> commandes = new();
    private readonly List<IDisposable> abonnements = [];

    public CommandesEf() => abonnements.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>Commands whose text contains <paramref name="debut"/> and that carried one of the values.</summary>
    public int Compter(string debut, IEnumerable<object> valeurs)
    {
        var cherchees = valeurs.ToHashSet();
        return commandes.Count(c => c.Texte.Contains(debut, StringComparison.Ordinal) && c.Valeurs.Any(v => v is not null && cherchees.Contains(v)));
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name) lock (abonnements) abonnements.Add(value.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData { Command: DbCommand commande })
            commandes.Enqueue((commande.CommandText, commande.Parameters.Cast<DbParameter>().Select(p => p.Value).ToArray()));
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (abonnements) abonnements.ForEach(a => a.Dispose());
    }
}
