namespace Passerelle.Bench;

internal static class Rapport
{
    /// <summary>Prints each page's figures and its ratios to /healthz measured in the same run, with the machine's load.</summary>
    public static void Afficher(IReadOnlyList<Mesure> mesures, string avant)
    {
        var reference = mesures.FirstOrDefault(m => m.Page == "/healthz") ?? mesures[0];
        var parPage = mesures.Any(m => m.Charge is not null);
        Console.WriteLine();
        Console.WriteLine($"Charge avant la mesure : {avant} ; après : {Charge.Moyenne()}");
        Console.WriteLine();
        Console.WriteLine($"| page | requêtes | erreurs | req/s | p50 ms | p95 ms | p99 ms | p50 / healthz | p95 / healthz |{(parPage ? " charge 1 min |" : "")}");
        Console.WriteLine($"|---|---:|---:|---:|---:|---:|---:|---:|---:|{(parPage ? "---:|" : "")}");
        foreach (var m in mesures)
            Console.WriteLine($"| {m.Page} | {m.Requetes} | {m.Erreurs} | {m.ParSeconde:F0} | {Banc.Ms(m.P50)} | {Banc.Ms(m.P95)} | {Banc.Ms(m.P99)} | {m.P50 / reference.P50:F1} | {m.P95 / reference.P95:F1} |{(parPage ? $" {m.Charge} |" : "")}");
    }
}
