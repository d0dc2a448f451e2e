using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Indicateurs.Mouvements;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Territoires;

namespace Passerelle.Bench;

/// <summary>
/// Issue 4's benchmark: the demo référentiels and accounts through a first start of the application,
/// persons at scale through <see cref="GenerateurParcours"/> (application stopped), then the work
/// queues, portefeuille and related pages of Maine-et-Loire under load against /healthz, in a second process.
/// </summary>
internal static class BancFiles
{
    public static async Task<int> ExecuterAsync(OptionsBancFiles options)
    {
        var (provider, connexion, nettoyer) = options.Base is { } gardee
            ? (gardee.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? "Postgres" : "Sqlite", gardee, () => Task.CompletedTask)
            : await BaseBench.PreparerAsync(options.Postgres);
        var departements = options.National is null ? OptionsBancFiles.Departement : "tous";
        Console.WriteLine($"Base {provider}, départements {departements}, {options.Utilisateurs} utilisateurs simultanés, {options.DureeSecondes} s par page.");
        try
        {
            if (options.Base is null)
            {
                var chrono = Stopwatch.StartNew();
                await DemarrerPuisArreterAsync(provider, connexion, departements);
                Console.WriteLine($"Référentiels et comptes de démonstration : {chrono.Elapsed.TotalSeconds:F1} s");
                await GenererAsync(provider, connexion, options);
            }
            var port = Banc.PortLibre();
            using var application = Banc.DemarrerApplication(port, provider, connexion, departements, "0");
            try
            {
                var url = new Uri($"http://127.0.0.1:{port}");
                await Banc.AttendrePretAsync(url, application);
                var (territoire, personne) = await ReperesAsync(provider, connexion);
                var pages = PagesFiles.Pour(territoire, personne).Where(p => options.Pages is null || p.Libelle == "/healthz" || p.Libelle.Contains(options.Pages, StringComparison.Ordinal)).ToList();
                Rapport.Afficher(await MesurerAsync(url, options, pages));
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
            if (options.Garder || options.Base is not null) Console.WriteLine($"Base gardée : {connexion}");
            else await nettoyer();
        }
    }

    /// <summary>The first start migrates and builds the demo départements (no dossiers); the generator then writes alone.</summary>
    private static async Task DemarrerPuisArreterAsync(string provider, string connexion, string departements)
    {
        var port = Banc.PortLibre();
        using var application = Banc.DemarrerApplication(port, provider, connexion, departements, "0");
        try
        {
            await Banc.AttendrePretAsync(new Uri($"http://127.0.0.1:{port}"), application);
        }
        finally
        {
            application.Kill(entireProcessTree: true);
            await application.WaitForExitAsync();
        }
    }

    private static async Task GenererAsync(string provider, string connexion, OptionsBancFiles options)
    {
        var chrono = Stopwatch.StartNew();
        await using var db = Contexte(provider, connexion);
        await using var ecriture = new EcritureEnMasse(Contexte(provider, connexion));
        var generateur = new GenerateurParcours(db, ecriture, DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date), 20261129);
        await generateur.InitialiserAsync();
        var liste = await db.Departements.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Id, d.Code }).ToListAsync();
        var autres = liste.Count - 1;
        var total = new VolumesGeneres(0, 0, 0, 0, 0, 0);
        var (rang, faits) = (0, 0);
        foreach (var d in liste)
        {
            var personnes = d.Code == OptionsBancFiles.Departement ? options.Personnes
                : (options.National!.Value - options.Personnes) / autres + (rang++ < (options.National.Value - options.Personnes) % autres ? 1 : 0);
            var v = await generateur.GenererAsync(d.Id, d.Code, personnes);
            total = new VolumesGeneres(total.Personnes + v.Personnes, total.Dossiers + v.Dossiers, total.Parcours + v.Parcours,
                total.Designations + v.Designations, total.RendezVous + v.RendezVous, total.Referents + v.Referents);
            if (liste.Count > 1 && ++faits % 10 == 0) Console.WriteLine($"  {faits} départements, {total.Personnes} personnes, {chrono.Elapsed.TotalSeconds:F0} s");
        }
        await generateur.TerminerAsync();
        var ecrit = chrono.Elapsed.TotalSeconds;
        var mouvements = await ReconstruireMouvementsAsync(provider, connexion, liste.Select(d => d.Id));
        if (options.Sql is { } fichier)
        {
            // Raw SQL of the bench's own file, not user input.
#pragma warning disable EF1002
            var lignes = (await File.ReadAllLinesAsync(fichier)).Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal));
            foreach (var instruction in string.Join('\n', lignes).Split(';').Select(i => i.Trim()).Where(i => i.Length > 0))
                await db.Database.ExecuteSqlRawAsync(instruction);
#pragma warning restore EF1002
            Console.WriteLine($"SQL {fichier} appliqué.");
        }
        if (ecriture.Postgres || options.Analyser) await db.Database.ExecuteSqlRawAsync(ecriture.Postgres ? "VACUUM ANALYZE" : "ANALYZE");
        Console.WriteLine($"Génération : {total.Personnes} personnes, {total.Dossiers} dossiers, {total.Parcours} parcours ouverts, " +
            $"{total.Designations} désignations ouvertes, {total.RendezVous} rendez-vous, {total.Referents} référents ; " +
            $"{ecrit:F1} s d'écriture ({total.Personnes / ecrit:F0} personnes/s), mouvements des indicateurs {mouvements:F1} s" +
            $"{(ecriture.Postgres || options.Analyser ? $", puis (VACUUM) ANALYZE {chrono.Elapsed.TotalSeconds - ecrit - mouvements:F1} s" : "")}.");
    }

    /// <summary>
    /// Rows written outside the application carry no recomputation request: the indicators' stored movements are
    /// rebuilt as after any such write, by the application's own routine (seconds: reported with the generation).
    /// </summary>
    private static async Task<double> ReconstruireMouvementsAsync(string provider, string connexion, IEnumerable<int> departements)
    {
        var chrono = Stopwatch.StartNew();
        foreach (var id in departements)
        {
            await using var db = Contexte(provider, connexion, id);
            await new ActualisationMouvements(db, new CalculMouvements(db), TimeProvider.System, NullLogger<ActualisationMouvements>.Instance)
                .ReconstruireAsync(CancellationToken.None);
        }
        return chrono.Elapsed.TotalSeconds;
    }

    /// <summary>The most populated territoire of the measured département and one accompanied person in it.</summary>
    private static async Task<(int Territoire, int Personne)> ReperesAsync(string provider, string connexion)
    {
        await using var db = Contexte(provider, connexion);
        var departement = await db.Departements.Where(d => d.Code == OptionsBancFiles.Departement).Select(d => d.Id).SingleAsync();
        var parcours = db.Set<Parcours>().IgnoreQueryFilters().AsNoTracking().Where(p => p.DepartementId == departement && p.DateCloture == null);
        var territoire = await parcours.Where(p => p.TerritoireId != null).GroupBy(p => p.TerritoireId!.Value)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var personne = await parcours.Where(p => p.Etape == EtapeParcours.Accompagne).OrderBy(p => p.Id).Select(p => p.PersonneId).FirstAsync();
        var nom = await db.Set<Territoire>().IgnoreQueryFilters().Where(t => t.Id == territoire).Select(t => t.Nom).SingleAsync();
        Console.WriteLine($"Repères : territoire {territoire} ({nom}), personne {personne}.");
        return (territoire, personne);
    }

    private static async Task<IReadOnlyList<Mesure>> MesurerAsync(Uri url, OptionsBancFiles options, IReadOnlyList<PageMesuree> pages)
    {
        var clients = new Dictionary<string, List<HttpClient>>();
        foreach (var compte in pages.Select(p => p.Compte).Distinct())
        {
            clients[compte] = [];
            for (var i = 0; i < options.Utilisateurs; i++)
                clients[compte].Add(await Charge.ConnecterAsync(url, $"{compte}@{OptionsBancFiles.Departement}.passerelle.test"));
        }
        var mesures = new List<Mesure>();
        foreach (var page in pages)
        {
            var premiere = Stopwatch.StartNew();
            var essai = await clients[page.Compte][0].GetAsync(new Uri(page.Adresse, UriKind.Relative));
            if (essai.StatusCode != HttpStatusCode.OK)
            {
                Console.WriteLine($"{page.Libelle} : {(int)essai.StatusCode}, non mesurée.");
                continue;
            }
            Console.WriteLine($"{page.Libelle} : première requête {premiere.ElapsedMilliseconds} ms.");
            await Charge.Boucle(clients[page.Compte], page.Adresse, TimeSpan.FromSeconds(2));
            mesures.Add(await Charge.Boucle(clients[page.Compte], page.Adresse, TimeSpan.FromSeconds(options.DureeSecondes)) with { Page = page.Libelle });
        }
        clients.Values.SelectMany(c => c).ToList().ForEach(c => c.Dispose());
        return mesures;
    }

    internal static AppDbContext Contexte(string provider, string connexion, int? departementId = null) => provider == "Postgres"
        ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connexion).Options, new Tenant(departementId))
        : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connexion).Options, new Tenant(departementId));

    /// <summary>Without a département, the generator reads every département: queries say which with IgnoreQueryFilters.</summary>
    private sealed class Tenant(int? departementId) : ITenantContext
    {
        public int? DepartementId => departementId;
    }
}
