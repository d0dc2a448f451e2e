using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Pilotage.Evaluation;

/// <summary>The pilot writes, corrects or clears (empty text) a fiche's appraisal for a year of its programme; one audit entry each.</summary>
public sealed class ServiceAppreciations(AppDbContext db, AuditJournal audit, HeureLegale heure, CurrentUser utilisateur)
{
    public const string Action = "evaluation-appreciation";

    public static readonly Ecriture Introuvable = Ecriture.Refus("Cette fiche-action n'existe pas dans le département.");

    public static readonly Ecriture Interdit = Ecriture.Refus("Les appréciations d'un programme du département s'écrivent par ses pilotes et les agents de tout le département.");

    /// <summary>A programme is the whole département's: an agent limited to territoires reads its report but does not write it.</summary>
    public bool PeutEcrire => utilisateur.Habilitations.Any(h => h.Role == Role.PiloteProgramme || (h.Role == Role.AgentDepartemental && h.TerritoireId is null));

    public async Task<Ecriture> EnregistrerAsync(int ficheId, int annee, string? texte, CancellationToken ct)
    {
        if (!PeutEcrire) return Interdit;
        var programme = await db.Set<ElementProgramme>().AsNoTracking().Where(e => e.Id == ficheId && e.Fiche != null)
            .Join(db.Set<Programme>(), e => e.ProgrammeId, p => p.Id, (e, p) => new { p.Debut, p.Fin }).FirstOrDefaultAsync(ct);
        if (programme is null) return Introuvable;
        if (CalculRapportEvaluation.VerifierAnnee(annee, programme.Debut, programme.Fin) is { } refus) return Ecriture.Champ("Annee", refus);
        var propre = texte?.Trim() ?? "";
        if (propre.Length > AppreciationFiche.LongueurMax)
            return Ecriture.Champ("Texte", $"L'appréciation compte {propre.Length} caractères : {AppreciationFiche.LongueurMax} au plus.");
        var existante = await db.Set<AppreciationFiche>().FirstOrDefaultAsync(a => a.FicheActionId == ficheId && a.Annee == annee, ct);
        var par = utilisateur.NomComplet ?? utilisateur.Email ?? "API";
        if (propre.Length == 0)
        {
            if (existante is null) return Ecriture.De(ResultatAction.Ok($"Aucune appréciation pour {annee}."), ficheId);
            db.Remove(existante);
        }
        else if (existante is null)
            db.Add(new AppreciationFiche { FicheActionId = ficheId, Annee = annee, Texte = propre, ModifieeLe = heure.MaintenantUtc, ModifieePar = par });
        else
            (existante.Texte, existante.ModifieeLe, existante.ModifieePar) = (propre, heure.MaintenantUtc, par);
        audit.Enregistrer(Action, nameof(FicheAction), ficheId, propre.Length == 0 ? $"effacement {annee}" : $"appréciation {annee}");
        await db.SaveChangesAsync(ct);
        return Ecriture.De(ResultatAction.Ok(propre.Length == 0 ? $"Appréciation {annee} effacée." : $"Appréciation {annee} enregistrée."), ficheId);
    }
}
