using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Seances;

/// <summary>The session's end: cancelled or postponed before any opinion (its dossiers moved on), or decided and closed.</summary>
public sealed partial class ServiceSeances
{
    public Task<ResultatAction> AnnulerAsync(int seanceId, int version, string? motif, CancellationToken ct) =>
        InterrompreAsync(seanceId, version, ActeSeance.Annuler, motif, null, ct);

    /// <summary>Postpones the session: its agenda moves to <paramref name="versSeanceId"/> (a created session of the same EP), or back to the waiting list.</summary>
    public Task<ResultatAction> ReporterAsync(int seanceId, int version, string? motif, int? versSeanceId, CancellationToken ct) =>
        InterrompreAsync(seanceId, version, ActeSeance.Reporter, motif, versSeanceId, ct);

    private async Task<ResultatAction> InterrompreAsync(int seanceId, int version, ActeSeance acte, string? motif, int? versSeanceId, CancellationToken ct)
    {
        var (seance, vers, refus) = await PourActeAsync(seanceId, version, acte, ct);
        if (refus is not null) return refus;
        var ordre = await OrdreDuJourAsync(seance!.Id, ct);
        var participe = acte == ActeSeance.Annuler ? "annulée" : "reportée";
        if (ordre.Any(d => d.Avis is not null)) return db.Abandonner(ResultatAction.Refus($"La séance a des avis enregistrés : elle ne peut plus être {participe}."));
        if (string.IsNullOrWhiteSpace(motif)) return db.Abandonner(ResultatAction.Refus($"Indiquez pourquoi la séance est {participe}."));
        if (motif.Trim().Length > 1000) return db.Abandonner(ResultatAction.Refus("Le motif ne peut dépasser 1 000 caractères."));
        SeanceEp? cible = null;
        if (versSeanceId is int id)
        {
            cible = await SeanceAsync(id, ct);
            if (cible is null || cible.Id == seance.Id || cible.EquipePluridisciplinaireId != seance.EquipePluridisciplinaireId || !cible.Statut.OrdreDuJourModifiable())
                return db.Abandonner(ResultatAction.Refus("La séance de report doit être une autre séance de la même équipe, dont l'ordre du jour n'est pas encore arrêté."));
        }
        var rang = cible is null ? 0 : await db.Set<DossierEp>().Where(d => d.SeanceEpId == cible.Id).MaxAsync(d => d.Rang, ct) ?? 0;
        foreach (var dossier in ordre.Where(d => d.Statut == StatutDossierEp.Inscrit))
        {
            if (cible is null) (dossier.Statut, dossier.SeanceEpId, dossier.Rang) = (TransitionsDossierEp.Suivant(dossier.Statut, ActeDossierEp.Desinscrire)!.Value, null, null);
            else (dossier.Statut, dossier.SeanceEpId, dossier.Rang) = (TransitionsDossierEp.Suivant(dossier.Statut, ActeDossierEp.Inscrire)!.Value, cible.Id, ++rang);
        }
        if (cible is not null) db.Entry(cible).State = EntityState.Modified;
        (seance.Statut, seance.MotifAnnulation, seance.ReporteeVersId) = (vers, motif.Trim(), cible?.Id);
        audit.Enregistrer(acte == ActeSeance.Annuler ? "ep-seance-annulee" : "ep-seance-reportee", nameof(SeanceEp), seance.Id,
            cible is null ? motif.Trim() : $"Vers la séance {cible.Id} : {motif.Trim()}");
        var suite = ordre.Count == 0 ? "" : cible is null
            ? $" {ordre.Count} dossier(s) attendent une autre séance."
            : $" {ordre.Count} dossier(s) reportés à la séance du {heure.DateEtHeure(cible.Debut)}.";
        return await db.SauverActionAsync($"Séance {participe}.{suite}", Conflit, ct);
    }

    /// <summary>Every dossier of the agenda has its decision (taken on the dossier's page): the session is decided.</summary>
    public async Task<ResultatAction> TerminerDecisionsAsync(int seanceId, int version, CancellationToken ct)
    {
        var (seance, vers, refus) = await PourActeAsync(seanceId, version, ActeSeance.TerminerDecisions, ct);
        if (refus is not null) return refus;
        var sansDecision = await db.Set<DossierEp>().CountAsync(d => d.SeanceEpId == seance!.Id && d.Statut != StatutDossierEp.Decide && d.Statut != StatutDossierEp.Retire, ct);
        if (sansDecision > 0) return ResultatAction.Refus($"{sansDecision} dossier(s) de l'ordre du jour attendent encore leur décision.");
        seance!.Statut = vers;
        audit.Enregistrer("ep-decisions-terminees", nameof(SeanceEp), seance.Id);
        return await db.SauverActionAsync("Décisions terminées : la séance peut être close.", Conflit, ct);
    }

    /// <summary>Closes a decided session: its members no longer read its dossiers.</summary>
    public async Task<ResultatAction> CloreAsync(int seanceId, int version, CancellationToken ct)
    {
        var (seance, vers, refus) = await PourActeAsync(seanceId, version, ActeSeance.Clore, ct);
        if (refus is not null) return refus;
        seance!.Statut = vers;
        audit.Enregistrer("ep-seance-close", nameof(SeanceEp), seance.Id);
        return await db.SauverActionAsync("Séance close : ses membres n'ont plus accès à ses dossiers.", Conflit, ct);
    }
}
