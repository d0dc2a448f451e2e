using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Pilotage.Drees;

namespace Passerelle.Bench;

/// <summary>What the pilotage bench shows besides times: the volumes of the tables read, and that the measured figures are not trivially zero.</summary>
internal static class ControlesPilotage
{
    private static readonly Type[] Tables =
    [
        typeof(Passerelle.Web.Features.Dossiers.Personne), typeof(Passerelle.Web.Features.Dossiers.DossierRsa), typeof(Passerelle.Web.Features.Dossiers.HistoriqueDroit),
        typeof(Passerelle.Web.Features.Orientation.Parcours), typeof(Passerelle.Web.Features.Orientation.DecisionOrientation),
        typeof(Passerelle.Web.Features.Diagnostic.Diagnostic), typeof(Passerelle.Web.Features.Contrats.Contrat), typeof(Passerelle.Web.Features.Sorties.Sortie),
        typeof(Passerelle.Web.Features.Prescriptions.Prescription),
    ];

    public static async Task LignesAsync(string provider, string connexion)
    {
        await using var db = BancFiles.Contexte(provider, connexion);
        await db.Database.OpenConnectionAsync();
        var departement = await BancFiles.DepartementMesureAsync(provider, connexion);
        Console.WriteLine($"| table | lignes | dont {OptionsBancFiles.Departement} |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var type in Tables)
        {
            var table = db.Model.FindEntityType(type)!.GetTableName();
            Console.WriteLine($"| {table} | {await CompterAsync(db, $"SELECT COUNT(*) FROM \"{table}\"")} | " +
                $"{await CompterAsync(db, $"SELECT COUNT(*) FROM \"{table}\" WHERE \"DepartementId\" = {departement}")} |");
        }
    }

    private static async Task<long> CompterAsync(Passerelle.Web.Data.AppDbContext db, string sql)
    {
        await using var commande = db.Database.GetDbConnection().CreateCommand();
        commande.CommandText = sql;
        return Convert.ToInt64(await commande.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every request answers 200; each indicator's value and the previous period's, to see which are zero or empty.</summary>
    public static async Task VerifierAsync(HttpClient client, IReadOnlyList<string> requetes)
    {
        var valeurs = new List<string>();
        var temps = new List<(string Requete, double Ms)>();
        foreach (var r in requetes)
        {
            var chrono = System.Diagnostics.Stopwatch.StartNew();
            using var reponse = await client.GetAsync(new Uri(r, UriKind.Relative));
            temps.Add((r, chrono.Elapsed.TotalMilliseconds));
            if (!reponse.IsSuccessStatusCode) throw new InvalidOperationException($"{r} : {(int)reponse.StatusCode}");
            if (r.Contains("ventilation=", StringComparison.Ordinal)) continue;
            using var document = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync());
            var racine = document.RootElement;
            valeurs.Add($"{racine.GetProperty("indicateur").GetProperty("code").GetString()} {Valeur(racine.GetProperty("valeur"))} (avant {Valeur(racine.GetProperty("precedente"))})");
        }
        Console.WriteLine($"Tableau de bord, {requetes.Count} requêtes ; valeurs : {string.Join(", ", valeurs)}");
        Console.WriteLine($"Les plus lentes (premier passage) : {string.Join(", ", temps.OrderByDescending(t => t.Ms).Take(12).Select(t => $"{t.Requete[28..]} {t.Ms:F0} ms"))}");
    }

    private static string Valeur(JsonElement v) => v.GetProperty("valeur") is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture) : "—";

    /// <summary>Per table, each column's total line, summed over the given départements (means too: only to see they are not empty).</summary>
    public static void AfficherDrees(string titre, IReadOnlyList<ResultatDrees> resultats)
    {
        Console.WriteLine($"{titre} :");
        foreach (var (tableau, i) in resultats[0].Tableaux.Select((t, i) => (t, i)))
        {
            var colonnes = tableau.Colonnes.Select((c, k) => resultats.Sum(r => r.Tableaux[i].Blocs[0].Lignes[^1].Valeurs[k] ?? 0));
            Console.WriteLine($"  tableau {tableau.Numero} : {string.Join(" | ", colonnes)}");
        }
    }
}
