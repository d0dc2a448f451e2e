using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// Runs one import from its stored file: reads the stream, checks each foyer, applies them by
/// batches and saves, in the same transaction as each batch, the counters, the rejects and the
/// checkpoint. A run cut short (restart, crash) resumes after its last checkpoint: the file is read
/// again and the elements already committed are skipped.
/// </summary>
public sealed class ExecutionImport(
    AppDbContext db, StockageImports stockage, LecteursImport lecteurs, EcritureEnsembliste ecriture, Orientation.SynchronisationParcours parcours, HeureLegale heure,
    ProtectionNir protection)
{
    public const int TailleLot = 1000;
    public static readonly TimeSpan DureeBail = TimeSpan.FromMinutes(2);

    public async Task ExecuterAsync(int importId, string instance, CancellationToken ct)
    {
        await using var connexion = await ConnexionEcritureMassive.OuvrirAsync(db, ct);
        var import = await db.Imports.AsNoTracking().SingleAsync(i => i.Id == importId, ct);
        var avancement = new AvancementImport(import, instance);
        var rejouees = await LignesARejouerAsync(import, ct);
        var departement = new ControleDepartement(await db.Departements.Where(d => d.Id == import.DepartementId).Select(d => d.Code).SingleAsync(ct));
        await using var fichier = stockage.Ouvrir(import.CheminFichier);
        await using var lecture = new LectureAnticipee(await lecteurs.LireAsync(import, fichier, ct), fichier);
        var doublons = new DoublonsDuFichier();
        var lot = new List<FoyerLu>();
        var rejets = new List<RejetFoyerCnaf>();
        var horsDepartement = 0;
        ErreurFichierCnaf? erreur = null;
        var index = 0;
        await foreach (var element in lecture.LireAsync(ct))
        {
            index++;
            var dejaTraite = index <= import.ElementsTraites;
            var aLire = !dejaTraite && (rejouees is null || rejouees.Contains(Ligne(element)));
            switch (element)
            {
                case IdentificationFluxCnaf identification:
                    erreur = avancement.Identifier(identification, Aujourdhui);
                    break;
                case ErreurFichierCnaf e:
                    erreur = e;
                    break;
                case RejetFoyerCnaf r when aLire:
                    rejets.Add(r);
                    break;
                case FoyerLu lu:
                    var (destination, refus) = departement.Verifier(lu);
                    erreur = refus;
                    if (refus is not null || destination == DestinationFoyer.AutreDepartement)
                    {
                        if (aLire) horsDepartement += refus is null ? 1 : 0;
                        break;
                    }
                    // Checked even when already applied: the file's duplicate persons must be known on resume.
                    var controle = ControleFoyer.Verifier(lu, avancement.DateFlux ?? Aujourdhui);
                    if (controle is FoyerLu corrige) controle = doublons.Enregistrer(corrige);
                    if (!aLire) break;
                    if (controle is FoyerLu pret) lot.Add(pret);
                    else rejets.Add((RejetFoyerCnaf)controle);
                    break;
            }
            if (erreur is not null) break;
            if (lot.Count + rejets.Count >= TailleLot && !dejaTraite)
            {
                await ValiderAsync(avancement, lot, rejets, horsDepartement, index, lecture.Position, ct);
                horsDepartement = 0;
            }
        }
        await ValiderAsync(avancement, lot, rejets, horsDepartement, Math.Max(index, import.ElementsTraites), lecture.Position, ct);
        // Persons who entered or left with this file join or leave the orientation queues before the import shows as done;
        // the synchronisation reads what the file wrote, so it is planned on statistics that know it.
        await StatistiquesBase.ActualiserAsync(db, avancement.DossiersEcrits, ct);
        await parcours.ExecuterAsync(ct);
        await StatistiquesBase.ActualiserAsync(db, ct: ct);
        await TerminerAsync(import, avancement, erreur, ct);
    }

    private static int Ligne(ElementFluxCnaf element) => element switch
    {
        FoyerLu lu => lu.Ligne,
        RejetFoyerCnaf r => r.Ligne,
        _ => 0,
    };

    private DateOnly Aujourdhui => heure.Aujourdhui;

    /// <summary>A replay reads again only the open rejects of the import it replays (all of it when that import's file failed).</summary>
    private async Task<HashSet<int>?> LignesARejouerAsync(ImportFichier import, CancellationToken ct)
    {
        if (import.RejeuDeId is not { } origine) return null;
        var echoue = await db.Imports.AnyAsync(i => i.Id == origine && (i.Statut == StatutImport.Echoue || i.Statut == StatutImport.Interrompu), ct);
        if (echoue) return null;
        return (await db.RejetsImport.Where(r => r.ImportId == origine && r.RejoueParImportId == null).Select(r => r.Ligne).ToListAsync(ct)).ToHashSet();
    }

    private async Task ValiderAsync(AvancementImport avancement, List<FoyerLu> lot, List<RejetFoyerCnaf> rejets, int horsDepartement, int index, long octets, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var parametres = await avancement.ParametresAsync(db, ct);
        var issues = await new ApplicationLot(db, parametres, ecriture, protection).AppliquerAsync(lot, ct);
        var tousRejets = rejets.Concat(issues.Select(i => i.Rejet).OfType<RejetFoyerCnaf>()).ToList();
        db.RejetsImport.AddRange(tousRejets.Select(r => new RejetImport
        {
            ImportId = avancement.ImportId,
            Ligne = r.Ligne,
            NumDemRsa = Tronquer(r.NumDemRsa, 40),
            Champ = Tronquer(r.Champ, 100),
            Valeur = Tronquer(r.Valeur, 200),
            Motif = Tronquer(r.Motif, 2000)!,
        }));
        await db.SaveChangesAsync(ct);
        avancement.Compter(issues, rejets.Count, horsDepartement, index, octets);
        if (!await avancement.EnregistrerAsync(db, heure.MaintenantUtc.Add(DureeBail), ct))
            throw new ImportReprisException(avancement.ImportId);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        lot.Clear();
        rejets.Clear();
    }

    private async Task TerminerAsync(ImportFichier import, AvancementImport avancement, ErreurFichierCnaf? erreur, CancellationToken ct)
    {
        var fin = heure.MaintenantUtc;
        var statut = erreur is null ? StatutImport.Termine : erreur.Interruption ? StatutImport.Interrompu : StatutImport.Echoue;
        var message = erreur is null ? null : Tronquer($"Ligne {erreur.Ligne} : {erreur.Motif}", 2000);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Imports.Where(i => i.Id == import.Id).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Statut, statut).SetProperty(i => i.ErreurFichier, message).SetProperty(i => i.FinLe, fin)
            .SetProperty(i => i.BailJusquA, (DateTime?)null).SetProperty(i => i.Version, i => i.Version + 1), ct);
        // A replay, or a corrected file resuming an interrupted import, has read the rejected lines again.
        if ((import.RejeuDeId ?? import.RepriseDeId) is { } origine)
            await db.RejetsImport.Where(r => r.ImportId == origine && r.RejoueParImportId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.RejoueParImportId, import.Id), ct);
        await transaction.CommitAsync(ct);
    }

    internal static string? Tronquer(string? texte, int longueur) => texte is null || texte.Length <= longueur ? texte : texte[..longueur];
}

/// <summary>Another instance took the run over (our lease had expired): stop without touching it.</summary>
public sealed class ImportReprisException(int importId) : Exception($"L'import {importId} a été repris par une autre instance.");
