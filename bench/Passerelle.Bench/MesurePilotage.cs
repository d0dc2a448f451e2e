using System.Diagnostics;
using System.Globalization;

namespace Passerelle.Bench;

/// <summary>One measure of the pilotage bench: a first run to warm up (JIT, pools, the database's pages), then the timed runs.</summary>
internal sealed record MesurePilotage(string Libelle, int Requetes, IReadOnlyList<double> Millisecondes)
{
    public double Mediane => Millisecondes.Order().ElementAt(Millisecondes.Count / 2);

    public static async Task<MesurePilotage> RepeterAsync(string libelle, int requetes, int fois, Func<Task> action)
    {
        await action();
        var temps = new List<double>();
        for (var i = 0; i < fois; i++)
        {
            var chrono = Stopwatch.StartNew();
            await action();
            temps.Add(chrono.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"  {libelle} : {string.Join(" ; ", temps.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))} ms");
        return new(libelle, requetes, temps);
    }

    /// <summary>Each measure with its ratios to the two <c>COUNT(*)</c> of the same run (the first two measures).</summary>
    public static void Afficher(IReadOnlyList<MesurePilotage> mesures)
    {
        var (tous, departement) = (mesures[0].Mediane, mesures[1].Mediane);
        Console.WriteLine();
        Console.WriteLine($"Charge : {Charge.Moyenne()}");
        Console.WriteLine();
        Console.WriteLine("| mesure | requêtes ou départements | médiane ms | min ms | max ms | / COUNT(*) tous | / COUNT(*) 49 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var m in mesures)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {m.Libelle} | {m.Requetes} | {m.Mediane:F3} | {m.Millisecondes.Min():F3} | {m.Millisecondes.Max():F3} | {m.Mediane / tous:F0} | {m.Mediane / departement:F0} |"));
    }
}
