using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;

/// <summary>
/// Appeals against a notified decision and their outcome. A decision cancelled on appeal
/// (<see cref="DossierEp.AnnuleeSurRecoursLe"/>) no longer counts: out of the CAF export, struck out in the history, not
/// a previous passage for the sanction ladder. A cancelled reorientation is not undone on the parcours: since the decision,
/// a new référent may have been designated and a contract signed, so an agent reviews the orientation rather than
/// Passerelle restoring the old one blindly; the message says so.
/// </summary>
public sealed class ServiceRecoursEp(AppDbContext db, AccesDossiersEp acces, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public async Task<ResultatAction> EnregistrerRecoursAsync(int dossierId, int version, TypeRecours? type, DateOnly? deposeLe, CancellationToken ct)
    {
        var dossier = await acces.Atteints().Include(d => d.Recours).FirstOrDefaultAsync(d => d.Id == dossierId, ct);
        if (dossier is null) return AccesDossiersEp.HorsPerimetre;
        if (!acces.PeutAgir) return AccesDossiersEp.RoleInsuffisant;
        if (dossier.Version != version) return AccesDossiersEp.Conflit;
        if (dossier.Statut != StatutDossierEp.Decide) return ResultatAction.Refus("Un recours se forme contre une décision : ce dossier n'est pas encore décidé.");
        if (dossier.DateNotification is not { } notifiee) return ResultatAction.Refus("La décision n'a pas encore été notifiée : un recours se forme contre une décision notifiée.");
        if (dossier.AnnuleeSurRecoursLe is not null) return ResultatAction.Refus("Cette décision est déjà annulée sur recours.");
        if (type is not { } nature) return ResultatAction.Refus("Choisissez le type de recours.");
        if (deposeLe is not { } depot) return ResultatAction.Refus("Indiquez la date de dépôt du recours.");
        if (depot > heure.Aujourdhui) return ResultatAction.Refus("La date de dépôt ne peut être dans le futur.");
        if (depot < notifiee) return ResultatAction.Refus("Le recours ne peut précéder la notification de la décision.");
        if (dossier.Recours.Any(r => r.Type == nature && r.Issue == IssueRecours.EnCours))
            return ResultatAction.Refus($"Un recours de ce type est déjà en cours sur cette décision ({nature.Libelle().ToLowerInvariant()}).");
        dossier.Recours.Add(new RecoursEp { Type = nature, DeposeLe = depot, Issue = IssueRecours.EnCours, SaisiPar = user.NomComplet ?? user.Email ?? "?" });
        // The dossier's version moves too: two agents recording the same letter collide instead of recording it twice.
        db.Entry(dossier).State = EntityState.Modified;
        audit.Enregistrer(ActionsDecisionsEp.Recours, nameof(DossierEp), dossier.Id, $"{nature} déposé le {LibellesDecisionEp.Jour(depot)}");
        var avertissements = new List<string>();
        if (depot > notifiee.AddMonths(2)) avertissements.Add("Attention : il a été déposé plus de deux mois après la notification.");
        if (nature == TypeRecours.Contentieux && !dossier.Recours.Any(r => r.Type == TypeRecours.Gracieux))
            avertissements.Add("Attention : aucun recours administratif préalable n'est enregistré ; il est obligatoire avant la saisine du tribunal (CASF L262-47).");
        return await db.SauverActionAsync(string.Join(' ', ["Recours enregistré.", .. avertissements]), AccesDossiersEp.Conflit, ct);
    }

    public async Task<ResultatAction> IssueRecoursAsync(int recoursId, IssueRecours? issue, DateOnly? date, string? commentaire, CancellationToken ct)
    {
        var recours = await db.Set<RecoursEp>().FirstOrDefaultAsync(r => r.Id == recoursId && acces.Atteints().Any(d => d.Id == r.DossierEpId), ct);
        if (recours is null) return ResultatAction.Refus("Ce recours n'existe pas ou n'est pas dans votre périmètre.");
        if (!acces.PeutAgir) return AccesDossiersEp.RoleInsuffisant;
        if (recours.Issue != IssueRecours.EnCours) return ResultatAction.Refus($"L'issue de ce recours est déjà enregistrée : « {recours.Issue.Libelle().ToLowerInvariant()} ».");
        if (issue is not { } resultat || resultat == IssueRecours.EnCours) return ResultatAction.Refus("Choisissez l'issue du recours.");
        if (date is not { } le) return ResultatAction.Refus("Indiquez la date de la réponse au recours.");
        if (le > heure.Aujourdhui) return ResultatAction.Refus("La date de la réponse ne peut être dans le futur.");
        if (le < recours.DeposeLe) return ResultatAction.Refus("La réponse ne peut précéder le dépôt du recours.");
        var texte = string.IsNullOrWhiteSpace(commentaire) ? null : commentaire.Trim();
        if (texte?.Length > 2000) return ResultatAction.Refus("Le commentaire ne peut dépasser 2 000 caractères.");
        if (resultat == IssueRecours.DecisionReformee && texte is null) return ResultatAction.Refus("Indiquez en quoi la décision est réformée.");
        (recours.Issue, recours.IssueLe, recours.Commentaire) = (resultat, le, texte);
        var message = $"Issue du recours enregistrée : {resultat.Libelle().ToLowerInvariant()}.";
        if (resultat == IssueRecours.DecisionAnnulee)
        {
            var dossier = await db.Set<DossierEp>().FirstAsync(d => d.Id == recours.DossierEpId, ct);
            dossier.AnnuleeSurRecoursLe = le;
            message += dossier.Decision?.EstSanction() == true && dossier.ExporteeCafLe is not null
                ? " La sanction avait déjà été transmise à la CAF : signalez-lui son annulation."
                : " La décision ne compte plus : elle sort de la liste des sanctions transmises à la CAF.";
            if (dossier.Decision == TypeDecisionEp.Reorientation)
                message += " La décision annulée était une réorientation : l'orientation de la personne doit être réexaminée, Passerelle ne rétablit pas l'ancienne d'elle-même.";
        }
        audit.Enregistrer(ActionsDecisionsEp.IssueRecours, nameof(RecoursEp), recours.Id, $"{resultat} le {LibellesDecisionEp.Jour(le)}");
        return await db.SauverActionAsync(message, AccesDossiersEp.Conflit, ct);
    }
}
