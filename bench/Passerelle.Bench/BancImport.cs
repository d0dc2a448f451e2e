using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Passerelle.Bench;

/// <summary>
/// The import benchmark: a generated Bénéficiaire flux of N foyers (département 49) is read and
/// validated only (the floor), imported into a fresh database, imported again unchanged, followed by
/// the next month's flux and by a flux where every dossier changed; a file ten times smaller is
/// imported into another fresh database. Each run is its own process; each file has its own floor.
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
            var suivants = options.Suivants ? FichierCnaf.EcrireSuivants(travail, options.Foyers, BaseImport.Departement) : null;
            var fichiers = string.Create(CultureInfo.InvariantCulture, $"{options.Foyers} foyers, {Mo(taille)} Mo ; fichier dix fois plus petit : {Mo(taillePetit)} Mo");
            if (suivants is not null)
                fichiers += string.Create(CultureInfo.InvariantCulture, $" ; flux du mois suivant : {suivants.FoyersMensuel} foyers dont {suivants.ModifiesMensuel} " +
                    $"modifiés ou nouveaux ({100.0 * suivants.ModifiesMensuel / suivants.FoyersMensuel:F1} %), puis les mêmes tous modifiés (montant)");
            Console.WriteLine($"Fichiers : {fichiers}.");

            var serveurs = new List<string?>();
            if (options.Sqlite) serveurs.Add(null);
            if (options.Postgres is not null) serveurs.Add(options.Postgres);
            foreach (var postgres in serveurs)
            {
                var debut = ProcessusImport.Charge();
                var mesures = await MesurerAsync(options, postgres, travail, grand, petit, suivants);
                var section = Section(options, postgres is null ? "SQLite" : await VersionPostgresAsync(postgres), fichiers, $"{debut} → {ProcessusImport.Charge()}",
                    Tableau.Lignes(postgres is null ? "SQLite" : "PostgreSQL", mesures));
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

    private static async Task<List<MesureImport>> MesurerAsync(OptionsBancImport options, string? postgres, string travail, string grand, string petit, FichiersSuivants? suivants)
    {
        var mesures = new List<MesureImport>();
        async Task Mesurer(string etape, int foyers, BaseImport b, string fichier, params string[] arguments)
        {
            var mesure = await ProcessusImport.ExecuterAsync(etape, foyers, b, fichier, arguments);
            Console.WriteLine($"[{b.Provider}] {etape} : {mesure.Secondes:F1} s, {mesure.MemoireMo} Mo, charge {mesure.Charge} — {mesure.Rapport}");
            mesures.Add(mesure);
        }

        await using (var b = await BaseImport.CreerAsync(postgres, travail))
        {
            await ProcessusImport.ExecuterAsync("préparation", 0, b, petit, "--verification");
            await Mesurer(Tableau.Plancher, options.Foyers, b, grand, "--verification");
            await Mesurer(Tableau.Import, options.Foyers, b, grand);
            await Mesurer(Tableau.Reimport, options.Foyers, b, grand, "--forcer");
            if (suivants is not null)
            {
                await Mesurer(Tableau.PlancherMensuel, suivants.FoyersMensuel, b, suivants.Mensuel, "--verification");
                await Mesurer(Tableau.Mensuel, suivants.FoyersMensuel, b, suivants.Mensuel);
                await Mesurer(Tableau.PlancherModifie, suivants.FoyersMensuel, b, suivants.Modifie, "--verification");
                await Mesurer(Tableau.Modifie, suivants.FoyersMensuel, b, suivants.Modifie);
            }
        }
        if (!options.Petit) return mesures;
        await using (var b = await BaseImport.CreerAsync(postgres, travail))
        {
            await ProcessusImport.ExecuterAsync("préparation", 0, b, petit, "--verification");
            await Mesurer(Tableau.PlancherPetit, options.Foyers / 10, b, petit, "--verification");
            await Mesurer(Tableau.ImportPetit, options.Foyers / 10, b, petit);
        }
        return mesures;
    }

    private static async Task<string> VersionPostgresAsync(string serveur)
    {
        await using var connexion = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(serveur) { Database = "postgres" }.ToString());
        await connexion.OpenAsync();
        await using var commande = new Npgsql.NpgsqlCommand("SHOW server_version", connexion);
        return $"PostgreSQL {await commande.ExecuteScalarAsync()} (serveur local)";
    }

    private static string Section(OptionsBancImport options, string baseDonnees, string fichiers, string charge, IEnumerable<string> lignes)
    {
        var texte = new StringBuilder();
        var nombre = options.Foyers.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"));
        texte.AppendLine(string.Create(CultureInfo.InvariantCulture, $"""

            ## Import CNAF, {baseDonnees} ({nombre} foyers, {HorlogeBanc.AujourdhuiParis:yyyy-MM-dd})

            Machine : {Environment.ProcessorCount} cœurs, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} Gio, {RuntimeInformation.OSDescription}, .NET {Environment.Version}.
            Charge moyenne de la machine (1 min, /proc/loadavg) au début et à la fin de la série : {charge} ; chaque ligne donne la sienne.
            Flux Bénéficiaire générés (département 49, graine {FichierCnaf.Graine}) : {fichiers}.
            Chaque mesure est un processus `Passerelle.Web.dll import cnaf` (Release) ; la durée est celle que la commande affiche
            (copie et empreinte du fichier, lecture, écriture, parcours et statistiques compris ; démarrage et migrations exclus).
            « processeur » est le temps processeur de la commande, tous fils confondus (la lecture anticipée en occupe un second) :
            sur une machine partagée il mesure le travail fait, quelle que soit l'attente d'un cœur libre.
            La mémoire est le pic du processus (PeakWorkingSet). Base neuve contenant seulement le département 49 ; le réimport
            relit le même fichier avec `--forcer`. Plancher = `--verification` du même fichier (lecture + XSD, rien d'écrit).

            """));
        texte.AppendLine(Tableau.Entete);
        foreach (var ligne in lignes) texte.AppendLine(ligne);
        return texte.ToString();
    }

    private static string Mo(long octets) => (octets / 1e6).ToString("F1", CultureInfo.InvariantCulture);
}
