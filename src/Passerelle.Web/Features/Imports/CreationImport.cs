using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Imports;

/// <summary>What the agent (or the command line, or the API caller) asks for besides the file.</summary>
/// <param name="Reprise">The interrupted import the file (its corrected version) resumes; see <see cref="Reprendre"/>.</param>
public sealed record DemandeImport(
    TypeImport Type, string NomFichier, string Lanceur, bool RepriseDeStock = false, int? ConfigurationTableurId = null,
    DateOnly? DateReference = null, bool Forcer = false, ImportFichier? Reprise = null)
{
    /// <summary>
    /// The corrected file of an interrupted import, read from its start: the dossiers already applied are recognised
    /// unchanged by their fingerprint (no write); its date of reference must be the interrupted flux's.
    /// </summary>
    public static DemandeImport Reprendre(ImportFichier interrompu, string nomFichier, string lanceur) =>
        new(interrompu.Type, nomFichier, lanceur, interrompu.RepriseDeStock, interrompu.ConfigurationTableurId, interrompu.DateReference, Forcer: true, Reprise: interrompu);
}

/// <summary>Either the new run, or the earlier run of the very same file, or why nothing was created (<see cref="Refus"/>); in the last two cases nothing was done.</summary>
public sealed record ResultatCreation(ImportFichier? Import, ImportFichier? DejaImporte, string? Refus = null);

/// <summary>
/// Stores a file and records its run. The same file (same SHA-256) already imported is not run again
/// unless forced: re-importing changes nothing anyway, this just saves the work and says so.
/// </summary>
public sealed class CreationImport(AppDbContext db, StockageImports stockage, AuditJournal audit, TimeProvider clock, SignalImports signal)
{
    /// <param name="instanceSynchrone">Set by callers that run the import themselves at once (command line, demo data): the run is theirs from the start.</param>
    public async Task<ResultatCreation> CreerAsync(Stream contenu, DemandeImport demande, CancellationToken ct, string? instanceSynchrone = null)
    {
        var departement = db.TenantId ?? throw new InvalidOperationException("Import sans département courant.");
        if (!await ConfigurationUtilisableAsync(demande, ct)) return new ResultatCreation(null, null, ConfigurationIntrouvable);
        var fichier = await stockage.EnregistrerAsync(contenu, departement, ct);
        var deja = await db.Imports.AsNoTracking()
            .Where(i => i.Empreinte == fichier.Empreinte && i.Statut == StatutImport.Termine && i.RejeuDeId == null)
            .OrderByDescending(i => i.Id).FirstOrDefaultAsync(ct);
        if (deja is not null && !demande.Forcer)
        {
            stockage.Supprimer(fichier.Chemin);
            return new ResultatCreation(null, deja);
        }
        if (instanceSynchrone is not null && await ReprendreAsync(fichier.Empreinte, demande, instanceSynchrone, ct) is { } repris)
        {
            stockage.Supprimer(fichier.Chemin);
            return new ResultatCreation(repris, null);
        }
        var import = new ImportFichier
        {
            Type = demande.Type,
            NomFichier = Path.GetFileName(demande.NomFichier),
            Taille = fichier.Taille,
            Empreinte = fichier.Empreinte,
            CheminFichier = fichier.Chemin,
            ConfigurationTableurId = demande.ConfigurationTableurId,
            DateReference = demande.DateReference,
            RepriseDeStock = demande.RepriseDeStock,
            RepriseDeId = demande.Reprise?.Id,
            Lanceur = demande.Lanceur,
            CreeLe = clock.GetUtcNow().UtcDateTime,
            // The agent checked the spreadsheet's preview when launching the interrupted run.
            Statut = demande.Type == TypeImport.Tableur && demande.Reprise is null ? StatutImport.Apercu : StatutImport.EnAttente,
        };
        if (instanceSynchrone is not null)
            (import.Statut, import.Instance, import.DebutLe, import.BailJusquA) = (StatutImport.EnCours, instanceSynchrone, import.CreeLe, import.CreeLe.Add(ExecutionImport.DureeBail));
        db.Imports.Add(import);
        await db.SaveChangesAsync(ct);
        await audit.EnregistrerMaintenantAsync(AuditActions.Creation, "Import", import.Id,
            $"{import.Type} {import.NomFichier} ({import.Taille} octets)", ct: ct);
        if (import.Statut == StatutImport.EnAttente) signal.Reveiller();
        return new ResultatCreation(import, deja);
    }

    public const string ConfigurationIntrouvable = "Choisissez la configuration qui décrit les colonnes de ce tableur.";

    /// <summary>
    /// A spreadsheet is read with a configuration of the département (another département's id reads as
    /// unknown through the tenant filter) that is still active; the resume of an interrupted run keeps
    /// the configuration it started with, even deactivated since.
    /// </summary>
    private async Task<bool> ConfigurationUtilisableAsync(DemandeImport demande, CancellationToken ct) =>
        demande.ConfigurationTableurId is not int id
        || await db.ConfigurationsTableur.AnyAsync(c => c.Id == id && (c.Actif || demande.Reprise != null), ct);

    /// <summary>The interrupted import of this id in the current département, if it is one that a corrected file may still resume.</summary>
    public async Task<ImportFichier?> AReprendreAsync(int id, CancellationToken ct) =>
        await db.Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.Statut == StatutImport.Interrompu, ct) is { } import
        && !await db.Imports.AnyAsync(i => i.RepriseDeId == id && i.Statut != StatutImport.Echoue && i.Statut != StatutImport.Interrompu, ct)
            ? import : null;

    /// <summary>
    /// The same file's run left unfinished by an instance that died (its lease expired) is taken over by
    /// the command run again: it resumes from its checkpoint instead of reading everything again.
    /// </summary>
    private async Task<ImportFichier?> ReprendreAsync(string empreinte, DemandeImport demande, string instance, CancellationToken ct)
    {
        var maintenant = clock.GetUtcNow().UtcDateTime;
        var interrompu = await db.Imports.AsNoTracking()
            .Where(i => i.Empreinte == empreinte && i.Type == demande.Type && i.RejeuDeId == null && i.Statut == StatutImport.EnCours
                && i.RepriseDeStock == demande.RepriseDeStock && i.ConfigurationTableurId == demande.ConfigurationTableurId
                && i.RepriseDeId == (demande.Reprise == null ? null : demande.Reprise.Id)
                && (i.BailJusquA == null || i.BailJusquA < maintenant))
            .OrderBy(i => i.Id).FirstOrDefaultAsync(ct);
        if (interrompu is null || !await PriseImport.PrendreAsync(db, interrompu.Id, interrompu.Version, instance, maintenant, ct)) return null;
        await audit.EnregistrerMaintenantAsync(AuditActions.Modification, "Import", interrompu.Id,
            $"Reprise de {interrompu.NomFichier} après l'élément {interrompu.ElementsTraites}", ct: ct);
        return interrompu;
    }

    /// <summary>A replay runs the same stored file again, limited to the rejected lines (see <see cref="ExecutionImport"/>).</summary>
    public async Task<ImportFichier> RejouerAsync(ImportFichier origine, string lanceur, CancellationToken ct)
    {
        var rejeu = new ImportFichier
        {
            Type = origine.Type,
            NomFichier = origine.NomFichier,
            Taille = origine.Taille,
            Empreinte = origine.Empreinte,
            CheminFichier = origine.CheminFichier,
            ConfigurationTableurId = origine.ConfigurationTableurId,
            DateReference = origine.Type == TypeImport.Tableur ? origine.DateReference : null,
            RepriseDeStock = origine.RepriseDeStock,
            RejeuDeId = origine.Id,
            Lanceur = lanceur,
            CreeLe = clock.GetUtcNow().UtcDateTime,
            Statut = StatutImport.EnAttente,
        };
        db.Imports.Add(rejeu);
        await db.SaveChangesAsync(ct);
        await audit.EnregistrerMaintenantAsync(AuditActions.Creation, "Import", rejeu.Id,
            $"Rejeu des rejets de l'import {origine.Id}", ct: ct);
        signal.Reveiller();
        return rejeu;
    }
}
