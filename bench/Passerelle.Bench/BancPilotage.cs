using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Pilotage.Drees;
using Passerelle.Web.Platform;

namespace Passerelle.Bench;

/// <summary>
/// Issue 17's benchmark: the <c>files</c> base enriched with five years of events (<see cref="GenerateurPilotage"/>), then,
/// in one run, cache off, each a median of repetitions: <c>COUNT(*)</c> over the persons (all, and the 49's), the 49's
/// dashboard of the last full year over HTTP (<see cref="TableauDeBord"/>, then every indicator with every breakdown), and the DREES tables of that year in
/// process, through <see cref="LectureDrees"/> with a disabled cache, one context per département (each is its own tenant).
/// </summary>
internal static class BancPilotage
{
    /// <summary>The département's dashboard of a year, as the page computes it: every catalogue indicator, its previous year, its targets.</summary>
    private static string TableauDeBord(int annee) => $"/api/v1/pilotage/tableau-de-bord?echelon=departement&periode=Annee&annee={annee}";

    /// <summary>Every catalogue indicator of a year alone and once per breakdown it supports (what every chart of the dashboard could ask).</summary>
    private static List<string> ToutesVentilations(IReadOnlyList<(string Code, string[] Ventilations)> catalogue, int annee) =>
        [.. catalogue.SelectMany(i => i.Ventilations.Select(v => $"&ventilation={v}").Prepend("")
            .Select(v => $"/api/v1/pilotage/indicateurs/{i.Code}?du={annee}-01-01&au={annee}-12-31{v}"))];

    public static async Task<int> ExecuterAsync(OptionsBancPilotage options)
    {
        var (provider, connexion, nettoyer) = options.Reprendre is { } reprise
            ? (reprise.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase) ? "Sqlite" : "Postgres", reprise, () => Task.CompletedTask)
            : await BaseBench.PreparerAsync(options.Postgres);
        var departements = options.National is null ? OptionsBancFiles.Departement : "tous";
        var annee = HorlogeBanc.AujourdhuiParis.Year - 1;
        Console.WriteLine($"Base {provider}, départements {departements}, année {annee}, médiane de {options.Repetitions} mesures, sans cache.");
        try
        {
            if (options.Reprendre is null)
            {
                await BancFiles.GenererToutAsync(provider, connexion, options.Fichiers(), departements);
                await EnrichirAsync(provider, connexion);
            }
            var port = Banc.PortLibre();
            using var application = Banc.DemarrerApplication(port, provider, connexion, departements, "0", "--Diagnostic:SansCache", "true");
            try
            {
                var url = new Uri($"http://127.0.0.1:{port}");
                await Banc.AttendrePretAsync(url, application);
                await ControlesPilotage.LignesAsync(provider, connexion);
                await MesurerAsync(url, provider, connexion, annee, options);
            }
            finally
            {
                application.Kill(entireProcessTree: true);
                await application.WaitForExitAsync();
            }
            return 0;
        }
        finally
        {
            if (options.Garder || options.Reprendre is not null) Console.WriteLine($"Base gardée : {connexion}");
            else await nettoyer();
        }
    }

    private static async Task EnrichirAsync(string provider, string connexion)
    {
        var chrono = Stopwatch.StartNew();
        var aujourdhui = HorlogeBanc.AujourdhuiParis;
        List<int> ids;
        await using (var db = BancFiles.Contexte(provider, connexion)) ids = await db.Departements.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync();
        var generateur = new GenerateurPilotage(d => BancFiles.Contexte(provider, connexion, d), aujourdhui, 20261205);
        var t = new VolumesPilotage(0, 0, 0, 0, 0, 0);
        foreach (var id in ids)
        {
            var v = await generateur.EcrireAsync(id);
            t = new(t.Droits + v.Droits, t.Decisions + v.Decisions, t.Diagnostics + v.Diagnostics, t.Sorties + v.Sorties, t.Retours + v.Retours, t.Clotures + v.Clotures);
        }
        Console.WriteLine($"Cinq ans d'événements : {t.Droits} lignes d'historique des droits, {t.Decisions} décisions d'orientation validées, {t.Diagnostics} diagnostics, " +
            $"{t.Sorties} sorties ({t.Retours} parcours repris, {t.Clotures} clos) en {chrono.Elapsed.TotalSeconds:F1} s.");
        var departement = await BancFiles.DepartementMesureAsync(provider, connexion);
        await using (var db = BancFiles.Contexte(provider, connexion, departement))
        {
            var hasard = new Random(20261206);
            for (var a = aujourdhui.Year - 4; a < aujourdhui.Year; a++)
                await GenerateurOffre.EcrireParticipationsAsync(db, hasard, new DateOnly(a, 1, 1), new DateOnly(a, 12, 31), aujourdhui);
            // Raw SQL of the bench itself, no input.
            await db.Database.ExecuteSqlRawAsync(provider == "Postgres" ? "VACUUM ANALYZE" : "ANALYZE");
        }
        var mouvements = await BancFiles.ReconstruireMouvementsAsync(provider, connexion, ids);
        Console.WriteLine($"Prescriptions des quatre années passées, mouvements des indicateurs ({mouvements:F1} s), ANALYZE : {chrono.Elapsed.TotalSeconds:F1} s en tout.");
    }

    private static async Task MesurerAsync(Uri url, string provider, string connexion, int annee, OptionsBancPilotage options)
    {
        var n = options.Repetitions;
        var departement = await BancFiles.DepartementMesureAsync(provider, connexion);
        List<int> ids;
        await using (var db = BancFiles.Contexte(provider, connexion)) ids = await db.Departements.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync();
        var mesures = new List<MesurePilotage>();
        await using (var db = BancFiles.Contexte(provider, connexion))
        {
            await db.Database.OpenConnectionAsync();
            var personnes = db.Model.FindEntityType(typeof(Passerelle.Web.Features.Dossiers.Personne))!.GetTableName();
            mesures.Add(await MesurePilotage.RepeterAsync("COUNT(*) personnes, tous départements", 1, n, () => Compter(db, $"SELECT COUNT(*) FROM \"{personnes}\"")));
            mesures.Add(await MesurePilotage.RepeterAsync($"COUNT(*) personnes du {OptionsBancFiles.Departement}", 1, n,
                () => Compter(db, $"SELECT COUNT(*) FROM \"{personnes}\" WHERE \"DepartementId\" = {departement}")));
        }
        using (var client = await Charge.ConnecterAsync(url, $"pilote@{OptionsBancFiles.Departement}.passerelle.test"))
        {
            var tableau = new Uri(TableauDeBord(annee), UriKind.Relative);
            mesures.Add(await MesurePilotage.RepeterAsync($"tableau de bord du {OptionsBancFiles.Departement}, {annee} (une requête HTTP)", 1, n,
                async () => (await client.GetAsync(tableau)).EnsureSuccessStatusCode()));
            var requetes = ToutesVentilations(await CatalogueAsync(client), annee);
            await ControlesPilotage.VerifierAsync(client, requetes);
            mesures.Add(await MesurePilotage.RepeterAsync($"chaque indicateur et chaque ventilation du {OptionsBancFiles.Departement}, {annee} (HTTP, séquentiel)", requetes.Count, n,
                async () => { foreach (var r in requetes) (await client.GetAsync(new Uri(r, UriKind.Relative))).EnsureSuccessStatusCode(); }));
        }
        await using var services = new ServiceCollection().AddScoped(_ => BancFiles.Contexte(provider, connexion)).BuildServiceProvider();
        var fuseaux = new FuseauxDepartements(services.GetRequiredService<IServiceScopeFactory>());
        Task<ResultatDrees> Drees(int id) => DreesAsync(provider, connexion, id, annee, fuseaux);
        ControlesPilotage.AfficherDrees($"DREES {annee} du {OptionsBancFiles.Departement}", [await Drees(departement)]);
        mesures.Add(await MesurePilotage.RepeterAsync($"tableaux DREES {annee} du {OptionsBancFiles.Departement} (en processus)", 1, n, () => Drees(departement)));
        if (ids.Count > 1)
        {
            var france = new List<ResultatDrees>();
            foreach (var id in ids) france.Add(await Drees(id));
            ControlesPilotage.AfficherDrees($"DREES {annee}, somme des {ids.Count} départements", france);
            mesures.Add(await MesurePilotage.RepeterAsync($"tableaux DREES {annee} de la France ({ids.Count} départements, en processus)", ids.Count, Math.Min(n, 3),
                async () => { foreach (var id in ids) await Drees(id); }));
        }
        MesurePilotage.Afficher(mesures);
    }

    private static async Task Compter(AppDbContext db, string sql)
    {
        await using var commande = db.Database.GetDbConnection().CreateCommand();
        commande.CommandText = sql;
        await commande.ExecuteScalarAsync();
    }

    private static async Task<List<(string Code, string[] Ventilations)>> CatalogueAsync(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/pilotage/catalogue", UriKind.Relative)));
        return [.. document.RootElement.EnumerateArray().Select(i => (i.GetProperty("code").GetString()!,
            i.GetProperty("ventilations").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number ? v.GetInt32().ToString(CultureInfo.InvariantCulture) : v.GetString()!).ToArray()))];
    }

    /// <summary>What the page computes, its cache disabled (as <c>Diagnostic:SansCache</c>): each département in its own context.</summary>
    private static async Task<ResultatDrees> DreesAsync(string provider, string connexion, int departement, int annee, FuseauxDepartements fuseaux)
    {
        await using var db = BancFiles.Contexte(provider, connexion, departement);
        var heure = new HeureLegale(TimeProvider.System, new BancFiles.Tenant(departement), fuseaux);
        using var memoire = new MemoryCache(new MemoryCacheOptions());
        return await new LectureDrees(db, new CacheDepartement(memoire, new VersionsDonnees(), desactive: true), heure).CalculerAsync(annee, CancellationToken.None);
    }
}
