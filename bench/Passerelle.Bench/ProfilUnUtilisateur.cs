using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Passerelle.Bench;

/// <summary>One page's profile: medians over sequential requests of one user, client time and the server's Server-Timing parts.</summary>
internal sealed record ProfilPage(string Page, double Client, double Total, double Sql, double Commandes, double Avant, double Handler, double Rendu);

/// <summary>
/// One signed-in user loads each page <see cref="Requetes"/> times in a row (no queueing): the server's
/// own time and where it goes, read from the Server-Timing header the application sends with
/// <c>--Diagnostic:ServerTiming true</c> (SQL commands and their time, before the handler, handler, rendering).
/// </summary>
internal static partial class ProfilUnUtilisateur
{
    private const int Chauffe = 3, Requetes = 20;

    public static async Task<ProfilPage> MesurerAsync(HttpClient client, PageMesuree page)
    {
        var uri = new Uri(page.Adresse, UriKind.Relative);
        for (var i = 0; i < Chauffe; i++) (await client.GetAsync(uri)).Dispose();
        var mesures = new List<(double Client, Dictionary<string, double> Serveur)>();
        for (var i = 0; i < Requetes; i++)
        {
            var debut = Stopwatch.GetTimestamp();
            using var reponse = await client.GetAsync(uri, HttpCompletionOption.ResponseContentRead);
            var client1 = Stopwatch.GetElapsedTime(debut).TotalMilliseconds;
            var entete = reponse.Headers.TryGetValues("Server-Timing", out var v) ? string.Join(", ", v) : "";
            mesures.Add((client1, Lire(entete)));
        }
        double Mediane(Func<(double Client, Dictionary<string, double> Serveur), double> valeur)
        {
            var triees = mesures.Select(valeur).Order().ToArray();
            return triees[triees.Length / 2];
        }
        double Part(string nom) => Mediane(m => m.Serveur.GetValueOrDefault(nom));
        return new ProfilPage(page.Libelle, Mediane(m => m.Client), Part("total"), Part("sql"), Part("commandes"), Part("avant"), Part("page"), Part("rendu"));
    }

    /// <summary>"sql;dur=3.1;desc="7 commandes", total;dur=9.0" → {sql: 3.1, commandes: 7, total: 9.0}.</summary>
    private static Dictionary<string, double> Lire(string entete)
    {
        var parties = new Dictionary<string, double>();
        foreach (Match m in Partie().Matches(entete))
        {
            parties[m.Groups[1].Value] = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (m.Groups[3].Success) parties["commandes"] = double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        }
        return parties;
    }

    public static void Afficher(IReadOnlyList<ProfilPage> profils)
    {
        Console.WriteLine();
        Console.WriteLine($"Un utilisateur, {Requetes} requêtes de suite par page (médianes) ; {Charge.Moyenne()}");
        Console.WriteLine();
        Console.WriteLine("| page | client ms | serveur ms | commandes SQL | SQL ms | avant ms | gestionnaire ms | rendu ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var p in profils)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {p.Page} | {p.Client:F1} | {p.Total:F1} | {p.Commandes:F0} | {p.Sql:F1} | {p.Avant:F1} | {p.Handler:F1} | {p.Rendu:F1} |"));
    }

    [GeneratedRegex("""(\w+);dur=([\d.]+)(?:;desc="(\d+) commandes")?""")]
    private static partial Regex Partie();
}
