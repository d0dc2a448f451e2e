using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Passerelle.Bench;

/// <summary>
/// Issue 3's import benchmark: a generated Bénéficiaire flux of N foyers (département 49) is read
/// and validated only (the floor), imported into a fresh database, imported again unchanged, and a
/// file ten times smaller is imported into another fresh database, each run in its own process.
/// </summary>
internal static class BancImport
{
    public static async Task<int> ExecuterAsync(OptionsBancImport options)
    {
        var travail = Directory.CreateTempSubdirectory("passerelle-bench-import-").FullName;
        try
        {
            var grand = Path.Combine(travail, $"flux-{options.Foyers}.xml");
            var petit = Path.Combine(travail, $"flux-{options.Foyers / 10}.xml");
            var taille = FichierCnaf.Ecrire(grand, options.Foyers, BaseImport.Departement, FichierCnaf.DateParDefaut);
            var taillePetit = FichierCnaf.Ecrire(petit, options.Foyers / 10, BaseImport.Departement, FichierCnaf.DateParDefaut);
            Console.WriteLine($"Fichiers : {options.Foyers} foyers, {Mo(taille)} Mo ; {options.Foyers / 10} foyers, {Mo(taillePetit)} Mo.");

            var serveurs = new List<string?>();
            if (options.Sqlite) serveurs.Add(null);
            if (options.Postgres is not null) serveurs.Add(options.Postgres);
            foreach (var postgres in serveurs)
            {
                var mesures = await MesurerAsync(options, postgres, travail, grand, petit);
                var section = Section(options, postgres is null ? "SQLite" : await VersionPostgresAsync(postgres), taille, taillePetit,
                    Tableau.Lignes(postgres is null ? "SQLite" : "PostgreSQL", options.Foyers, mesures));
                Console.WriteLine(section);
                await File.AppendAllTextAsync(options.Resultats, section);
                Console.WriteLine($"Ajouté à {options.Resultats}.");
            }
            return 0;
        }
        finally
        {
            Directory.Delete(travail, recursive: true);
        }
    }

    private static async Task<List<MesureImport>> MesurerAsync(OptionsBancImport options, string? postgres, string travail, string grand, string petit)
    {
        var mesures = new List<MesureImport>();
        async Task Mesurer(string etape, BaseImport b, string fichier, params string[] arguments)
        {
            var mesure = await ProcessusImport.ExecuterAsync(etape, b, fichier, arguments);
            Console.WriteLine($"[{b.Provider}] {etape} : {mesure.Secondes:F1} s, {mesure.MemoireMo} Mo — {mesure.Rapport}");
            mesures.Add(mesure);
        }

        await using (var b = await BaseImport.CreerAsync(postgres, travail))
        {
            await ProcessusImport.ExecuterAsync("préparation", b, petit, "--verification");
            await Mesurer(Tableau.Plancher, b, grand, "--verification");
            await Mesurer(Tableau.Import, b, grand);
            await Mesurer(Tableau.Reimport, b, grand, "--forcer");
        }
        if (!options.Petit) return mesures;
        await using (var b = await BaseImport.CreerAsync(postgres, travail))
        {
            await ProcessusImport.ExecuterAsync("préparation", b, petit, "--verification");
            await Mesurer(Tableau.PlancherPetit, b, petit, "--verification");
            await Mesurer(Tableau.ImportPetit, b, petit);
        }
        return mesures;
    }

    private static async Task<string> VersionPostgresAsync(string serveur)
    {
        await using var connexion = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(serveur) { Database = "postgres" }.ToString());
        await connexion.OpenAsync();
        await using var commande = new Npgsql.NpgsqlCommand("SHOW server_version", connexion);
        return $"PostgreSQL {await commande.ExecuteScalarAsync()} (serveur local, réglages par défaut)";
    }

    private static string Section(OptionsBancImport options, string baseDonnees, long taille, long taillePetit, IEnumerable<string> lignes)
    {
        var texte = new StringBuilder();
        var nombre = options.Foyers.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"));
        texte.AppendLine(string.Create(CultureInfo.InvariantCulture, $"""

            ## Issue 3 — import CNAF, {baseDonnees} ({nombre} foyers, {DateTime.Now:yyyy-MM-dd})

            Machine : {Environment.ProcessorCount} cœurs, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} Gio, {RuntimeInformation.OSDescription}, .NET {Environment.Version}.
            Flux Bénéficiaire généré (département 49, graine {FichierCnaf.Graine}) : {Mo(taille)} Mo ; fichier dix fois plus petit : {Mo(taillePetit)} Mo.
            Chaque mesure est un processus `Passerelle.Web.dll import cnaf` (Release) ; la durée est celle que la commande affiche
            (lecture du fichier comprise, démarrage et migrations exclus) ; la mémoire est le pic du processus (PeakWorkingSet).
            Base neuve contenant seulement le département 49 (territoires, structures, comptes ; aucun dossier) ;
            le réimport relit le même fichier avec `--forcer` (tout inchangé). Plancher = `--verification` (lecture + XSD, rien d'écrit).

            | base | étape | foyers | durée s | foyers/s | mémoire max Mo | durée / plancher |
            |---|---|---:|---:|---:|---:|---:|
            """));
        foreach (var ligne in lignes) texte.AppendLine(ligne);
        return texte.ToString();
    }

    private static string Mo(long octets) => (octets / 1e6).ToString("F1", CultureInfo.InvariantCulture);
}
