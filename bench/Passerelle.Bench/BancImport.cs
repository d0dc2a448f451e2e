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

            var lignes = new List<string>();
            foreach (var postgres in options.Postgres is null ? [null] : new[] { null, options.Postgres })
            {
                var mesures = await MesurerAsync(options, postgres, travail, grand, petit);
                lignes.AddRange(Tableau.Lignes(postgres is null ? "SQLite" : "PostgreSQL", options.Foyers, mesures));
            }
            var section = Section(options, taille, taillePetit, lignes);
            Console.WriteLine(section);
            await File.AppendAllTextAsync(options.Resultats, section);
            Console.WriteLine($"Ajouté à {options.Resultats}.");
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

    private static string Section(OptionsBancImport options, long taille, long taillePetit, List<string> lignes)
    {
        var texte = new StringBuilder();
        var nombre = options.Foyers.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"));
        texte.AppendLine(string.Create(CultureInfo.InvariantCulture, $"""

            ## Issue 3 — import CNAF ({nombre} foyers, {DateTime.Now:yyyy-MM-dd})

            Machine : {Environment.ProcessorCount} cœurs, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} Gio, {RuntimeInformation.OSDescription}, .NET {Environment.Version}.
            Flux Bénéficiaire généré (département 49, graine {FichierCnaf.Graine}) : {Mo(taille)} Mo ; fichier dix fois plus petit : {Mo(taillePetit)} Mo.
            Chaque mesure est un processus `Passerelle.Web.dll import cnaf` (Release) ; la durée est celle que la commande affiche
            (lecture du fichier comprise, démarrage et migrations exclus) ; la mémoire est le pic du processus (PeakWorkingSet).
            Base neuve contenant seulement le département 49 (territoires, structures, comptes ; aucun dossier) ;
            le réimport relit le même fichier avec `--forcer` (tout inchangé). Plancher = `--verification` (lecture + XSD, rien d'écrit).

            | base | étape | foyers | durée s | foyers/s | mémoire max Mo | durée / plancher |
            |---|---|---:|---:|---:|---:|---:|
            """));
        lignes.ForEach(l => texte.AppendLine(l));
        return texte.ToString();
    }

    private static string Mo(long octets) => (octets / 1e6).ToString("F1", CultureInfo.InvariantCulture);
}
