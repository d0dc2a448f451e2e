using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Indicateurs.Mouvements;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform;

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
        var (provider, connexion, nettoyer) = options.Reprendre is { } reprise
            ? (reprise.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase) ? "Sqlite" : "Postgres", reprise, () => Task.CompletedTask)
            : await BaseBench.PreparerAsync(options.Postgres);
        // A national base taken up again is named by --national too, or its start would only keep 49 in the demo.
        var departements = options.National is null ? OptionsBancFiles.Departement : "tous";
        Console.WriteLine($"Base {provider}, départements {departements}, {options.Utilisateurs} utilisateurs simultanés, {options.DureeSecondes} s par page{(options.SansCache ? ", sans cache" : "")}.");
        try
        {
            if (options.Reprendre is null) await GenererToutAsync(provider, connexion, options, departements);
            var port = Banc.PortLibre();
            using var application = Banc.DemarrerApplication(port, provider, connexion, departements, "0",
                "--Diagnostic:ServerTiming", "true", "--Diagnostic:SansCache", options.SansCache ? "true" : "false");
            try
            {
                var url = new Uri($"http://127.0.0.1:{port}");
                await Banc.AttendrePretAsync(url, application);
                var pages = PagesFiles.Pour(await ReperesAsync(provider, connexion))
                    .Where(p => p.Libelle == "/healthz" || options.Pages is null || options.Pages.Any(m => p.Libelle.Contains(m, StringComparison.Ordinal))).ToList();
                await MesurerAsync(url, options, pages);
                if (options.Pages is null || options.Pages.Any(m => BancReservation.Libelle.Contains(m, StringComparison.Ordinal)))
                    await BancReservation.MesurerAsync(url, provider, connexion, options.Utilisateurs, TimeSpan.FromSeconds(options.DureeSecondes));
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

    /// <summary>The whole <c>files</c> base: demo référentiels and accounts, persons at scale, the long history, the offer, EP detection, job offers.</summary>
    internal static async Task GenererToutAsync(string provider, string connexion, OptionsBancFiles options, string departements)
    {
        var chrono = Stopwatch.StartNew();
        await DemarrerPuisArreterAsync(provider, connexion, departements);
        Console.WriteLine($"Référentiels et comptes de démonstration : {chrono.Elapsed.TotalSeconds:F1} s");
        await GenererAsync(provider, connexion, options);
        var reperes = await ReperesAsync(provider, connexion);
        var departement = await DepartementMesureAsync(provider, connexion);
        var evenements = await HistoireLongue.EcrireAsync(provider, connexion, departement, reperes.Personne, HorlogeBanc.AujourdhuiParis);
        Console.WriteLine($"Histoire longue de la personne {reperes.Personne} : {evenements} événements sur {HistoireLongue.Mois / 12} ans.");
        var offre = Stopwatch.StartNew();
        var actions = await GenerateurOffre.EcrireAsync(provider, connexion, departement, OptionsBancFiles.Departement, HorlogeBanc.AujourdhuiParis, 20261204);
        Console.WriteLine($"Offre : {actions} actions publiées, {actions * GenerateurOffre.ParticipationsParAction} prescriptions de l'année en {offre.Elapsed.TotalSeconds:F1} s.");
        var detection = Stopwatch.StartNew();
        var ep = await GenerateurDetection.EcrireAsync(provider, connexion, departement, HorlogeBanc.AujourdhuiParis, 20261204);
        Console.WriteLine($"Détection EP : {ep.Relances} relances, {ep.Absences} absences, {ep.Dossiers} dossiers ouverts en {detection.Elapsed.TotalSeconds:F1} s.");
        var emploi = Stopwatch.StartNew();
        var (offresEmploi, mises) = await GenerateurOffresEmploi.EcrireAsync(provider, connexion, departement, HorlogeBanc.AujourdhuiParis, 20261204);
        Console.WriteLine($"Offres d'emploi : {offresEmploi} offres, {mises} mises en relation en {emploi.Elapsed.TotalSeconds:F1} s.");
    }

    /// <summary>The first start migrates and builds the demo départements (no dossiers); the generator then writes alone.</summary>
    internal static async Task DemarrerPuisArreterAsync(string provider, string connexion, string departements)
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
        var generateur = new GenerateurParcours(db, departement => Contexte(provider, connexion, departement), HorlogeBanc.AujourdhuiParis, 20261129);
        await generateur.InitialiserAsync();
        var liste = await db.Departements.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Id, d.Code }).ToListAsync();
        var autres = liste.Count - 1;
        var total = new VolumesGeneres(0, 0, 0, 0, 0, 0, 0);
        var (rang, faits) = (0, 0);
        foreach (var d in liste)
        {
            var personnes = d.Code == OptionsBancFiles.Departement ? options.Personnes
                : (options.National!.Value - options.Personnes) / autres + (rang++ < (options.National.Value - options.Personnes) % autres ? 1 : 0);
            var v = await generateur.GenererAsync(d.Id, d.Code, personnes);
            total = new VolumesGeneres(total.Personnes + v.Personnes, total.Dossiers + v.Dossiers, total.Parcours + v.Parcours,
                total.Designations + v.Designations, total.RendezVous + v.RendezVous, total.Referents + v.Referents, total.Creneaux + v.Creneaux);
            if (liste.Count > 1 && ++faits % 10 == 0) Console.WriteLine($"  {faits} départements, {total.Personnes} personnes, {chrono.Elapsed.TotalSeconds:F0} s");
        }
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
        var postgres = provider == "Postgres";
        if (postgres || options.Analyser) await db.Database.ExecuteSqlRawAsync(postgres ? "VACUUM ANALYZE" : "ANALYZE");
        Console.WriteLine($"Génération : {total.Personnes} personnes, {total.Dossiers} dossiers, {total.Parcours} parcours ouverts, " +
            $"{total.Designations} désignations ouvertes, {total.RendezVous} rendez-vous, {total.Referents} référents, {total.Creneaux} créneaux à venir ; " +
            $"{ecrit:F1} s d'écriture ({total.Personnes / ecrit:F0} personnes/s), mouvements des indicateurs {mouvements:F1} s" +
            $"{(postgres || options.Analyser ? $", puis (VACUUM) ANALYZE {chrono.Elapsed.TotalSeconds - ecrit - mouvements:F1} s" : "")}.");
    }

    /// <summary>
    /// Rows written outside the application carry no recomputation request: the indicators' stored movements are
    /// rebuilt as after any such write, by the application's own routine (seconds: reported with the generation).
    /// </summary>
    internal static async Task<double> ReconstruireMouvementsAsync(string provider, string connexion, IEnumerable<int> departements)
    {
        var chrono = Stopwatch.StartNew();
        // Each département's "yesterday" in its own legal time, as the application reads it.
        await using var services = new ServiceCollection().AddScoped(_ => Contexte(provider, connexion)).BuildServiceProvider();
        var fuseaux = new FuseauxDepartements(services.GetRequiredService<IServiceScopeFactory>());
        foreach (var id in departements)
        {
            await using var db = Contexte(provider, connexion, id);
            var heure = new HeureLegale(TimeProvider.System, new Tenant(id), fuseaux);
            await new ActualisationMouvements(db, new CalculMouvements(db), heure, NullLogger<ActualisationMouvements>.Instance)
                .ReconstruireAsync(CancellationToken.None);
        }
        return chrono.Elapsed.TotalSeconds;
    }

    /// <summary>Landmarks of the measured département (<see cref="Reperes"/>).</summary>
    internal static async Task<int> DepartementMesureAsync(string provider, string connexion)
    {
        await using var db = Contexte(provider, connexion);
        return await db.Departements.Where(d => d.Code == OptionsBancFiles.Departement).Select(d => d.Id).SingleAsync();
    }

    private static async Task<Reperes> ReperesAsync(string provider, string connexion)
    {
        await using var db = Contexte(provider, connexion);
        var departement = await DepartementMesureAsync(provider, connexion);
        var parcours = db.Set<Parcours>().IgnoreQueryFilters().AsNoTracking().Where(p => p.DepartementId == departement && p.DateCloture == null);
        var territoire = await parcours.Where(p => p.TerritoireId != null).GroupBy(p => p.TerritoireId!.Value)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var commune = await parcours.Where(p => p.CodeInsee != null).GroupBy(p => p.CodeInsee!)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var personne = await parcours.Where(p => p.Etape == EtapeParcours.Accompagne).OrderBy(p => p.Id)
            .Select(p => new { p.PersonneId, p.Personne!.Nom, p.Personne.Prenoms, p.Personne.NirChiffre }).FirstAsync();
        var nom = await db.Set<Territoire>().IgnoreQueryFilters().Where(t => t.Id == territoire).Select(t => t.Nom).SingleAsync();
        Console.WriteLine($"Repères : territoire {territoire} ({nom}), commune {commune}, personne {personne.PersonneId}.");
        return new Reperes(territoire, commune, personne.PersonneId, personne.Nom, personne.Prenoms, ClesBanc.Protection.Lire(personne.NirChiffre) ?? "");
    }

    /// <summary>First each page alone (one user, its profile), then each page under load; a table for each.</summary>
    private static async Task MesurerAsync(Uri url, OptionsBancFiles options, IReadOnlyList<PageMesuree> pages)
    {
        var clients = new Dictionary<string, List<HttpClient>>();
        foreach (var compte in pages.Select(p => p.Compte).Distinct())
        {
            clients[compte] = [];
            for (var i = 0; i < options.Utilisateurs; i++)
                clients[compte].Add(await Charge.ConnecterAsync(url, $"{compte}@{OptionsBancFiles.Departement}.passerelle.test"));
        }
        var mesurables = new List<PageMesuree>();
        foreach (var page in pages)
        {
            using var essai = await clients[page.Compte][0].GetAsync(new Uri(page.Adresse, UriKind.Relative));
            if (essai.StatusCode == HttpStatusCode.OK) mesurables.Add(page);
            else Console.WriteLine($"{page.Libelle} : {(int)essai.StatusCode}, non mesurée.");
        }
        var profils = new List<ProfilPage>();
        foreach (var page in mesurables) profils.Add(await ProfilUnUtilisateur.MesurerAsync(clients[page.Compte][0], page));
        ProfilUnUtilisateur.Afficher(profils);
        var avant = Charge.Moyenne();
        var mesures = new List<Mesure>();
        foreach (var page in mesurables)
        {
            await Charge.Boucle(clients[page.Compte], page.Adresse, TimeSpan.FromSeconds(2));
            var mesure = await Charge.Boucle(clients[page.Compte], page.Adresse, TimeSpan.FromSeconds(options.DureeSecondes));
            mesures.Add(mesure with { Page = page.Libelle, Charge = Charge.MoyenneUneMinute() });
        }
        clients.Values.SelectMany(c => c).ToList().ForEach(c => c.Dispose());
        Rapport.Afficher(mesures, avant);
    }

    /// <param name="departement">The département written to; none for the generator's reads, which say which with IgnoreQueryFilters.</param>
    internal static AppDbContext Contexte(string provider, string connexion, int? departement = null) => provider == "Postgres"
        ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connexion).Options, new Tenant(departement))
        : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connexion).Options, new Tenant(departement));

    internal sealed class Tenant(int? departement) : ITenantContext
    {
        public int? DepartementId => departement;
    }
}
