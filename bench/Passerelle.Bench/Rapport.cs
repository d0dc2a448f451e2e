namespace Passerelle.Bench;

internal static class Rapport
{
    /// <summary>Prints each page's figures and its ratios to /healthz measured in the same run.</summary>
    public static void Afficher(IReadOnlyList<Mesure> mesures)
    {
        var reference = mesures.FirstOrDefault(m => m.Page == "/healthz") ?? mesures[0];
        Console.WriteLine();
        Console.WriteLine("| page | requêtes | erreurs | req/s | p50 ms | p95 ms | p99 ms | p50 / healthz | p95 / healthz |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in mesures)
            Console.WriteLine($"| {m.Page} | {m.Requetes} | {m.Erreurs} | {m.ParSeconde:F0} | {Banc.Ms(m.P50)} | {Banc.Ms(m.P95)} | {Banc.Ms(m.P99)} | {m.P50 / reference.P50:F1} | {m.P95 / reference.P95:F1} |");
    }
}
