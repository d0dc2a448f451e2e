using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// Runs one import from its stored file: reads the stream, checks each foyer, applies them by
/// batches and saves, in the same transaction as each batch, the counters, the rejects and the
/// checkpoint. A run cut short (restart, crash) resumes after its last checkpoint: the file is read
/// again and the elements already committed are skipped.
/// </summary>
public sealed class ExecutionImport(
    AppDbContext db, StockageImports stockage, LecteursImport lecteurs, EcritureEnsembliste ecriture, Orientation.SynchronisationParcours parcours, TimeProvider clock)
{
    public const int TailleLot = 250;
    public static readonly TimeSpan DureeBail = TimeSpan.FromMinutes(2);

    public async Task ExecuterAsync(int importId, string instance, CancellationToken ct)
    {
        await using var connexion = await ConnexionEcritureMassive.OuvrirAsync(db, ct);
        var import = await db.Imports.AsNoTracking().SingleAsync(i => i.Id == importId, ct);
        var avancement = new AvancementImport(import, instance);
        var rejouees = await LignesARejouerAsync(import, ct);
        await using var fichier = stockage.Ouvrir(import.CheminFichier);
        await using var lecture = new LectureAnticipee(await lecteurs.LireAsync(import, fichier, ct), fichier);
        var doublons = new DoublonsDuFichier();
        var lot = new List<FoyerLu>();
        var rejets = new List<RejetFoyerCnaf>();
        ErreurFichierCnaf? erreur = null;
        var index = 0;
        await foreach (var element in lecture.LireAsync(ct))
        {
            index++;
            var dejaTraite = index <= import.ElementsTraites;
            switch (element)
            {
                case IdentificationFluxCnaf identification:
                    erreur = avancement.Identifier(identification, Aujourdhui);
                    break;
                case ErreurFichierCnaf e:
                    erreur = e;
                    break;
                case RejetFoyerCnaf r when !dejaTraite && (rejouees is null || rejouees.Contains(r.Ligne)):
                    rejets.Add(r);
                    break;
                case FoyerLu lu:
                    var doublon = doublons.Enregistrer(lu);
                    if (dejaTraite || rejouees is not null && !rejouees.Contains(lu.Ligne)) break;
                    if ((doublon ?? ControleFoyer.Verifier(lu, avancement.DateFlux ?? Aujourdhui)) is { } rejet) rejets.Add(rejet);
                    else lot.Add(lu);
                    break;
            }
            if (erreur is not null) break;
            if (lot.Count + rejets.Count >= TailleLot && !dejaTraite)
                await ValiderAsync(avancement, lot, rejets, index, lecture.Position, ct);
        }
        await ValiderAsync(avancement, lot, rejets, Math.Max(index, import.ElementsTraites), lecture.Position, ct);
        // Persons who entered or left with this file join or leave the orientation queues before the import shows as done.
        await parcours.ExecuterAsync(ct);
        await StatistiquesBase.ActualiserAsync(db, ct);
        await TerminerAsync(import, avancement, erreur, ct);
    }

    private DateOnly Aujourdhui => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>A replay reads again only the open rejects of the import it replays (all of it when that import's file failed).</summary>
    private async Task<HashSet<int>?> LignesARejouerAsync(ImportFichier import, CancellationToken ct)
    {
        if (import.RejeuDeId is not { } origine) return null;
        var echoue = await db.Imports.AnyAsync(i => i.Id == origine && i.Statut == StatutImport.Echoue, ct);
        if (echoue) return null;
        return (await db.RejetsImport.Where(r => r.ImportId == origine && r.RejoueParImportId == null).Select(r => r.Ligne).ToListAsync(ct)).ToHashSet();
    }

    private async Task ValiderAsync(AvancementImport avancement, List<FoyerLu> lot, List<RejetFoyerCnaf> rejets, int index, long octets, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var parametres = await avancement.ParametresAsync(db, ct);
        var issues = await new ApplicationLot(db, parametres, ecriture).AppliquerAsync(lot, ct);
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
        avancement.Compter(issues, rejets.Count, index, octets);
        if (!await avancement.EnregistrerAsync(db, clock.GetUtcNow().UtcDateTime.Add(DureeBail), ct))
            throw new ImportReprisException(avancement.ImportId);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        lot.Clear();
        rejets.Clear();
    }

    private async Task TerminerAsync(ImportFichier import, AvancementImport avancement, ErreurFichierCnaf? erreur, CancellationToken ct)
    {
        var fin = clock.GetUtcNow().UtcDateTime;
        var statut = erreur is null ? StatutImport.Termine : StatutImport.Echoue;
        var message = erreur is null ? null : Tronquer($"Ligne {erreur.Ligne} : {erreur.Motif}", 2000);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Imports.Where(i => i.Id == import.Id).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Statut, statut).SetProperty(i => i.ErreurFichier, message).SetProperty(i => i.FinLe, fin)
            .SetProperty(i => i.BailJusquA, (DateTime?)null).SetProperty(i => i.Version, i => i.Version + 1), ct);
        if (import.RejeuDeId is { } origine)
            await db.RejetsImport.Where(r => r.ImportId == origine && r.RejoueParImportId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.RejoueParImportId, import.Id), ct);
        await transaction.CommitAsync(ct);
    }

    private static string? Tronquer(string? texte, int longueur) => texte is null || texte.Length <= longueur ? texte : texte[..longueur];
}

/// <summary>Another instance took the run over (our lease had expired): stop without touching it.</summary>
public sealed class ImportReprisException(int importId) : Exception($"L'import {importId} a été repris par une autre instance.");
