using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// <c>import cnaf|tableur &lt;fichier&gt; --departement &lt;code&gt;</c>: runs an import synchronously for scheduled
/// drops and prints its report. Exit codes: 0 done (rejects included), 1 wrong command, 2 file unusable.
/// <c>--verification</c> only reads and validates the file (nothing is written): the floor of the benchmark.
/// </summary>
public static class LigneDeCommandeImport
{
    public const int Succes = 0, Usage = 1, FichierInutilisable = 2;

    public static bool EstDemandee(string[] args) => args.Length > 0 && args[0] == "import";

    public static async Task<int> ExecuterAsync(IServiceProvider services, string[] args, TextWriter sortie)
    {
        if (OptionsCommande.Lire(args) is not { } options)
        {
            await sortie.WriteLineAsync(OptionsCommande.Aide);
            return Usage;
        }
        if (!File.Exists(options.Fichier))
        {
            await sortie.WriteLineAsync($"Fichier introuvable : {options.Fichier}");
            return Usage;
        }
        var chrono = Stopwatch.StartNew();
        var processeur = Process.GetCurrentProcess().TotalProcessorTime;
        var code = options.Verification ? await VerifierAsync(options, sortie) : await ImporterAsync(services, options, sortie);
        using var processus = Process.GetCurrentProcess();
        // Processor time beside the duration: on a shared machine it shows the work done, whatever the wait for a core.
        await sortie.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Durée : {chrono.Elapsed.TotalSeconds:0.00} s ; processeur : {(processus.TotalProcessorTime - processeur).TotalSeconds:0.00} s ; mémoire maximale du processus : {processus.PeakWorkingSet64 / (1024 * 1024)} Mo"));
        return code;
    }

    private static async Task<int> VerifierAsync(OptionsCommande options, TextWriter sortie)
    {
        await using var fichier = File.OpenRead(options.Fichier);
        int foyers = 0, rejets = 0;
        foreach (var element in LecteurFluxCnaf.Lire(fichier))
        {
            switch (element)
            {
                case FoyerLu: foyers++; break;
                case RejetFoyerCnaf: rejets++; break;
                case ErreurFichierCnaf e:
                    await sortie.WriteLineAsync($"Fichier inutilisable, ligne {e.Ligne} : {e.Motif}");
                    return FichierInutilisable;
            }
        }
        await sortie.WriteLineAsync($"Vérification seule : {foyers} foyers conformes, {rejets} rejetés. Rien n'a été écrit.");
        return Succes;
    }

    private static async Task<int> ImporterAsync(IServiceProvider services, OptionsCommande options, TextWriter sortie)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var departement = await db.Departements.Where(d => d.Code == options.Departement).Select(d => (int?)d.Id).SingleOrDefaultAsync();
        if (departement is not { } id)
        {
            await sortie.WriteLineAsync($"Département « {options.Departement} » inconnu de cette base.");
            return Usage;
        }
        scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(id);
        var demande = new DemandeImport(options.Type, options.Fichier, "ligne de commande", options.Reprise, null, options.DateReference, options.Forcer);
        if (options.Type == TypeImport.Tableur)
        {
            demande = demande with { ConfigurationTableurId = await db.ConfigurationsTableur.Where(c => c.Nom == options.Configuration).Select(c => (int?)c.Id).SingleOrDefaultAsync() };
            if (demande.ConfigurationTableurId is null)
            {
                await sortie.WriteLineAsync($"Configuration de tableur « {options.Configuration} » inconnue dans ce département.");
                return Usage;
            }
        }
        await using var fichier = File.OpenRead(options.Fichier);
        var resultat = await scope.ServiceProvider.GetRequiredService<ImportSynchrone>().ImporterAsync(fichier, demande, CancellationToken.None);
        if (resultat.Import is not { } import)
        {
            await sortie.WriteLineAsync($"Fichier déjà importé le {resultat.DejaImporte!.CreeLe:dd/MM/yyyy HH:mm} (import n° {resultat.DejaImporte.Id}) : rien n'a été modifié. --forcer pour le relire.");
            return Succes;
        }
        await sortie.WriteLineAsync(RapportImport.Texte(import));
        return import.Statut == StatutImport.Echoue ? FichierInutilisable : Succes;
    }
}
