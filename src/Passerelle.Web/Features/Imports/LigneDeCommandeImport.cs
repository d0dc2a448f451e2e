using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// <c>import cnaf|tableur &lt;fichier&gt; --departement &lt;code&gt;</c>: runs an import synchronously for scheduled
/// drops and prints its report. Exit codes: 0 done (rejects and warnings included), 1 wrong command,
/// 2 file unusable or interrupted. <c>--verification</c> only reads and checks the file (nothing is written):
/// the floor of the benchmark. On a new base (no département yet) the département is created first.
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
        var (pauses, collectes) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0));
        var code = options.Verification ? await VerifierAsync(options, services.GetRequiredService<TimeProvider>(), sortie) : await ImporterAsync(services, options, sortie);
        using var processus = Process.GetCurrentProcess();
        // Processor time beside the duration: on a shared machine it shows the work done, whatever the wait for a core;
        // the collector's pauses stop the reading and the writing threads alike.
        await sortie.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Durée : {chrono.Elapsed.TotalSeconds:0.00} s ; processeur : {(processus.TotalProcessorTime - processeur).TotalSeconds:0.00} s ; mémoire maximale du processus : {processus.PeakWorkingSet64 / (1024 * 1024)} Mo ; ramasse-miettes : {GC.CollectionCount(0) - collectes} passages, {(GC.GetTotalPauseDuration() - pauses).TotalSeconds:0.00} s de pause"));
        return code;
    }

    /// <summary>The same reading and checks as an import (flux date, schema, codes, département, persons in two dossiers), without the database.</summary>
    private static async Task<int> VerifierAsync(OptionsCommande options, TimeProvider horloge, TextWriter sortie)
    {
        await using var fichier = File.OpenRead(options.Fichier);
        var departement = new ControleDepartement(options.Departement);
        var aujourdhui = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(horloge.GetUtcNow(), FuseauxDepartements.DuCode(options.Departement)).DateTime);
        var doublons = new DoublonsDuFichier();
        var date = DateOnly.MaxValue;
        int foyers = 0, avertis = 0, avertissements = 0, rejets = 0, hors = 0;
        foreach (var element in LecteurFluxCnaf.Lire(fichier))
        {
            var erreur = element as ErreurFichierCnaf;
            switch (element)
            {
                case IdentificationFluxCnaf identification:
                    (date, erreur) = (identification.DateReference, AvancementImport.DateFuture(identification, aujourdhui));
                    break;
                case RejetFoyerCnaf: rejets++; break;
                case FoyerLu lu:
                    var (destination, refus) = departement.Verifier(lu);
                    erreur = refus;
                    if (destination == DestinationFoyer.AutreDepartement) { hors++; break; }
                    if (ControleFoyer.Verifier(lu, date) is not FoyerLu verifie) { rejets++; break; }
                    var controle = doublons.Enregistrer(verifie);
                    (foyers, avertis, avertissements) = (foyers + 1, avertis + (controle.Avertissements.Count > 0 ? 1 : 0), avertissements + controle.Avertissements.Count);
                    break;
            }
            if (erreur is null) continue;
            await sortie.WriteLineAsync($"Fichier {(erreur.Interruption ? "interrompu" : "inutilisable")}, ligne {erreur.Ligne} : {erreur.Motif}");
            return FichierInutilisable;
        }
        await sortie.WriteLineAsync($"Vérification seule : {foyers} foyers applicables dont {avertis} avec avertissement ({avertissements} avertissements), {rejets} rejetés, {hors} hors département. Rien n'a été écrit.");
        return Succes;
    }

    private static async Task<int> ImporterAsync(IServiceProvider services, OptionsCommande options, TextWriter sortie)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await DepartementAsync(scope.ServiceProvider, db, options.Departement, sortie) is not { } id) return Usage;
        scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(id);
        var demande = new DemandeImport(options.Type, options.Fichier, "ligne de commande", options.Reprise, null, options.DateReference, options.Forcer);
        if (options.RepriseDe is { } repris)
        {
            if (await scope.ServiceProvider.GetRequiredService<CreationImport>().AReprendreAsync(repris, CancellationToken.None) is not { } interrompu)
            {
                await sortie.WriteLineAsync($"L'import n° {repris} n'est pas un import interrompu du département {options.Departement}, ou il a déjà été repris.");
                return Usage;
            }
            demande = DemandeImport.Reprendre(interrompu, options.Fichier, "ligne de commande");
        }
        else if (options.Type == TypeImport.Tableur)
        {
            demande = demande with
            {
                ConfigurationTableurId = await db.ConfigurationsTableur.Where(c => c.Nom == options.Configuration).Select(c => (int?)c.Id).SingleOrDefaultAsync(),
                // A spreadsheet has no reference date of its own: by default it describes the département's today.
                DateReference = options.DateReference ?? scope.ServiceProvider.GetRequiredService<HeureLegale>().Aujourdhui,
            };
            if (demande.ConfigurationTableurId is null)
            {
                await sortie.WriteLineAsync($"Configuration de tableur « {options.Configuration} » inconnue dans ce département.");
                return Usage;
            }
        }
        await using var fichier = File.OpenRead(options.Fichier);
        var resultat = await scope.ServiceProvider.GetRequiredService<ImportSynchrone>().ImporterAsync(fichier, demande, CancellationToken.None);
        if (resultat.Refus is { } refus)
        {
            await sortie.WriteLineAsync($"Configuration de tableur « {options.Configuration} » désactivée : {refus}");
            return Usage;
        }
        if (resultat.Import is not { } import)
        {
            await sortie.WriteLineAsync($"Fichier déjà importé le {resultat.DejaImporte!.CreeLe:dd/MM/yyyy HH:mm} (import n° {resultat.DejaImporte.Id}) : rien n'a été modifié. --forcer pour le relire.");
            return Succes;
        }
        await sortie.WriteLineAsync(RapportImport.Texte(import));
        return import.Statut is StatutImport.Echoue or StatutImport.Interrompu ? FichierInutilisable : Succes;
    }

    /// <summary>
    /// The département's id. On a new base (no département at all) it is created: an import needs nothing else
    /// (commune → territoire is optional, orientation rules default to the national ones). On a base in use an
    /// unknown code is refused, since it is more likely a typing error than a new département.
    /// </summary>
    private static async Task<int?> DepartementAsync(IServiceProvider services, AppDbContext db, string code, TextWriter sortie)
    {
        if (await db.Departements.Where(d => d.Code == code).Select(d => (int?)d.Id).SingleOrDefaultAsync() is { } id) return id;
        if (await db.Departements.AnyAsync() || !services.GetRequiredService<Communes.Communes>().DepartementExiste(code))
        {
            await sortie.WriteLineAsync($"Département « {code} » inconnu de cette base : ouvrez-le dans Administration › Départements, puis relancez l'import.");
            return null;
        }
        var departement = new Departements.Departement { Code = code, Nom = $"Département {code}" };
        db.Departements.Add(departement);
        await db.SaveChangesAsync();
        await sortie.WriteLineAsync($"Base neuve : département {code} créé pour cet import. Nommez-le et ajoutez ses territoires, structures et comptes dans l'administration ; d'ici là, seuls les agents de tout le département voient ses dossiers.");
        return departement.Id;
    }
}
