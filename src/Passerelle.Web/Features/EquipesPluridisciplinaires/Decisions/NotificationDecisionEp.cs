using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;

/// <summary>
/// Notifies a decision: the letter (<see cref="CourrierDecisionEp"/>) goes through Envois as a letter to print, once per
/// dossier (its key <c>decision-ep:{id}</c>), and the dossier keeps the day and the delivery. The notification opens the
/// appeal delays, and only a notified sanction goes to the CAF. The PDF is downloaded again from the dossier page, each
/// download journaled (the letter carries personal data).
/// </summary>
public sealed class NotificationDecisionEp(AppDbContext db, AccesDossiersEp acces, ServiceEnvois envois, CourrierDecisionEp courrier, AuditJournal audit, HeureLegale heure)
{
    public sealed record Fichier(string Nom, byte[] Contenu);

    public async Task<ResultatAction> NotifierAsync(int dossierId, CancellationToken ct)
    {
        var dossier = await acces.ChargerAsync(dossierId, ct);
        if (dossier is null) return AccesDossiersEp.HorsPerimetre;
        if (!acces.PeutAgir) return AccesDossiersEp.RoleInsuffisant;
        if (dossier.Statut != StatutDossierEp.Decide) return ResultatAction.Refus("La décision n'est pas encore prise : il n'y a rien à notifier.");
        if (dossier.DateNotification is { } deja) return ResultatAction.Refus($"La décision a déjà été notifiée le {LibellesDecisionEp.Jour(deja)}.");
        var personne = await db.Personnes.AsNoTracking().FirstAsync(p => p.Id == dossier.PersonneId, ct);
        var cle = $"{ModelesParDefaut.DecisionEp}:{dossier.Id}";
        var envoi = await envois.EnvoyerAsync(personne, CanalEnvoi.Courrier, ModelesParDefaut.DecisionEp, await courrier.ChampsAsync(dossier, ct), cle, ct);
        if (envoi.Issue == IssueEnvoi.Echec) return db.Abandonner(ResultatAction.Refus($"Le courrier de notification n'a pas pu être préparé : {envoi.Erreur}"));
        // Already prepared by an attempt that stopped before recording it: that letter is the notification.
        var envoiId = envoi.EnvoiId ?? await db.Set<Envoi>().Where(e => e.Cle == cle && e.Canal == CanalEnvoi.Courrier).Select(e => e.Id).FirstAsync(ct);
        (dossier.DateNotification, dossier.NotificationEnvoiId) = (heure.Aujourdhui, envoiId);
        audit.Enregistrer(ActionsDecisionsEp.Notification, nameof(DossierEp), dossier.Id, $"Courrier {envoiId}");
        return await db.SauverActionAsync("Décision notifiée : le courrier est prêt à imprimer, à envoyer en recommandé avec accusé de réception.",
            AccesDossiersEp.Conflit, ct);
    }

    /// <returns>The notification letter as a PDF; null when the dossier is out of reach or not notified.</returns>
    public async Task<Fichier?> DocumentAsync(int dossierId, CancellationToken ct)
    {
        var dossier = await acces.Atteints().AsNoTracking().Include(d => d.Seance).FirstOrDefaultAsync(d => d.Id == dossierId && d.DateNotification != null, ct);
        if (dossier is null) return null;
        var pdf = RenduCourrier.Pdf(await courrier.ProduireAsync(dossier, ct));
        await audit.EnregistrerMaintenantAsync(AuditActions.Export, nameof(DossierEp), dossier.Id, "Notification de la décision téléchargée (PDF).", ct: ct);
        return new Fichier($"notification-decision-ep-{dossier.Id}.pdf", pdf);
    }
}
