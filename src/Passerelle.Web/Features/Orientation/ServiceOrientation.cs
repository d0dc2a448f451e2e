using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Orientation;

/// <summary>
/// The orientation and référent decisions on one person, each in one unit of work with its audit
/// entry: proposal (manual, cohort, automatic, from the diagnosis), validation or refusal by the
/// département, designation of the référent unique, reorientation request and decision. Every
/// method checks, in order: the parcours is in the user's scope, the user's role may take this
/// decision, nobody changed the person since the page was shown (version), the state machine
/// allows the action, the business preconditions. Pages and bulk actions only call these methods.
/// </summary>
public sealed class ServiceOrientation(IEnumerable<IControleOrientation> controles, TransitionVerifiee transition, AppDbContext db, NotificationsOrientation notifications, AuditJournal audit,
    CurrentUser user, HeureLegale heure)
{
    private DateOnly Aujourdhui => heure.Aujourdhui;
    private string Auteur => user.NomComplet ?? user.Email ?? "système";
    private bool EstAgent => user.A(Role.AgentDepartemental);
    private bool EstAgentDuDepartement => user.Habilitations.Any(h => h.Role == Role.AgentDepartemental && h.TerritoireId is null);

    public Task<ResultatAction> ProposerAsync(int parcoursId, int version, TypeOrientation type, int? structureId, OrigineOrientation origine, string motif, CancellationToken ct) =>
        AgirAsync(parcoursId, version, ActionParcours.ProposerOrientation, EstAgent, async (p, jeu) =>
        {
            if (string.IsNullOrWhiteSpace(motif)) return ResultatAction.Refus("Indiquez le motif de la proposition.");
            if (await ObstacleOrientationAsync(p, ct) is { } refus) return ResultatAction.Refus(refus);
            if (structureId is int s && await ObstacleStructureAsync(s, type, jeu, ct) is { } obstacle) return ResultatAction.Refus(obstacle);
            db.Add(NouvelleDecision(p, type, origine, structureId, motif));
            (p.TypeOrientation, p.StructureId) = (type, structureId);
            return ResultatAction.Ok($"Orientation « {jeu.NomType(type)} » proposée.");
        }, ct);

    /// <summary>Proposes the orientation given by the rule set's criteria on the imported data, if one matches.</summary>
    public Task<ResultatAction> PreOrienterAsync(int parcoursId, int version, CancellationToken ct) =>
        AgirAsync(parcoursId, version, ActionParcours.ProposerOrientation, EstAgent, async (p, jeu) =>
        {
            if (await ObstacleOrientationAsync(p, ct) is { } refus) return ResultatAction.Refus(refus);
            var critere = CriteresPreOrientation.Evaluer(jeu.Criteres, await ProfilAsync(p.Personne!, ct));
            if (critere is null) return ResultatAction.Refus("Aucun critère de pré-orientation ne s'applique : orientez après diagnostic.");
            db.Add(NouvelleDecision(p, critere.Type, OrigineOrientation.Automatique, null, $"Pré-orientation automatique ({jeu.Libelle}) : {CriteresPreOrientation.EnPhrase(critere, jeu.NomType)}"));
            (p.TypeOrientation, p.StructureId) = (critere.Type, null);
            return ResultatAction.Ok($"Pré-orientation « {jeu.NomType(critere.Type)} » proposée.");
        }, ct);

    public Task<ResultatAction> ValiderAsync(int parcoursId, int version, CancellationToken ct) =>
        AgirAsync(parcoursId, version, ActionParcours.ValiderOrientation, EstAgent, async (p, jeu) =>
        {
            var decision = await DecisionEnCoursAsync(p, ct);
            Decider(decision, StatutDecision.Validee, null);
            p.DateOrientation = Aujourdhui;
            return ResultatAction.Ok($"Orientation « {jeu.NomType(decision.Type)} » validée.");
        }, ct);

    public Task<ResultatAction> RefuserAsync(int parcoursId, int version, string motif, CancellationToken ct) =>
        AgirAsync(parcoursId, version, ActionParcours.RefuserOrientation, EstAgent, async (p, _) =>
        {
            if (string.IsNullOrWhiteSpace(motif)) return ResultatAction.Refus("Indiquez le motif du refus.");
            Decider(await DecisionEnCoursAsync(p, ct), StatutDecision.Refusee, motif);
            (p.TypeOrientation, p.StructureId) = (null, null);
            return ResultatAction.Ok("Proposition d'orientation refusée : la personne est de nouveau à orienter.");
        }, ct);

    /// <summary>Designates the référent unique, then notifies the person of the decision (e-mail and letter) once it is saved.</summary>
    /// <param name="derogation">Why an authorised agent overrides a full structure or one not accepting the type; null otherwise.</param>
    public async Task<ResultatAction> DesignerAsync(int parcoursId, int version, int structureId, string referentId, string? derogation, CancellationToken ct)
    {
        var (resultat, designation) = await ChangerReferentAsync(parcoursId, version, structureId, referentId, derogation, "Changement de référent", ct);
        // After the commit: a delivery claims its journal row in its own transaction, and a failed one never undoes the decision.
        return resultat.Reussi && designation is int faite
            ? resultat with { Message = resultat.Message + " " + await notifications.DecisionAsync(faite, ct) }
            : resultat;
    }

    /// <summary>
    /// Designates the référent without notifying the person: <see cref="DesignerAsync"/>, and a portefeuille transfer
    /// that runs several in its own transaction and notifies once it is committed. A change of référent within the
    /// structure already accompanying the person adds nobody to it, so its capacity is not checked again.
    /// </summary>
    /// <returns>The outcome and, when it succeeded, the new designation's id.</returns>
    public async Task<(ResultatAction Resultat, int? DesignationId)> ChangerReferentAsync(int parcoursId, int version, int structureId, string referentId, string? derogation,
        string motifFin, CancellationToken ct)
    {
        DesignationReferent? designation = null;
        var resultat = await AgirAsync(parcoursId, version, ActionParcours.DesignerReferent, EstAgent || DirigeStructure(structureId), async (p, jeu) =>
        {
            var type = p.TypeOrientation!.Value;
            var structure = await db.Structures.AsNoTracking().Where(s => s.Id == structureId && s.Actif).Select(s => s.Nom).FirstOrDefaultAsync(ct);
            if (structure is null) return ResultatAction.Refus("Cette structure n'existe pas ou n'est plus active.");
            // A deactivated account keeps its habilitations (for the record) but can no longer be given anyone.
            var estReferent = await db.Habilitations.AnyAsync(h => h.UtilisateurId == referentId && h.Role == Role.Referent && h.StructureId == structureId
                && db.UtilisateursDuDepartement().Any(u => u.Id == referentId && u.Actif), ct);
            if (!estReferent) return ResultatAction.Refus($"Ce compte n'est pas un référent actif de la structure « {structure} ».");
            var dejaSuivie = p.StructureId == structureId && p.ReferentId is not null;
            var obstacle = dejaSuivie ? null : CapaciteAccompagnement.Obstacle(await CapaciteAccompagnement.ChargeAsync(db, structureId, type, ct), structure, jeu.NomType(type));
            if (obstacle is not null && string.IsNullOrWhiteSpace(derogation))
                return ResultatAction.Refus(obstacle + (EstAgentDuDepartement ? " Pour passer outre, indiquez le motif de la dérogation." : ""));
            if (obstacle is not null && !EstAgentDuDepartement)
                return ResultatAction.Refus(obstacle + " Seul un agent départemental habilité sur tout le département peut y déroger.");
            await TerminerDesignationAsync(p, motifFin, ct);
            designation = new DesignationReferent
            {
                PersonneId = p.PersonneId,
                ParcoursId = p.Id,
                StructureId = structureId,
                ReferentId = referentId,
                TypeOrientation = type,
                DateDebut = Aujourdhui,
                DesignePar = Auteur,
                Derogation = obstacle is null ? null : $"{obstacle} Motif : {derogation}",
            };
            db.Add(designation);
            if (obstacle is not null) audit.Enregistrer(ActionsOrientation.Derogation, nameof(Parcours), p.Id, $"{obstacle} Motif : {derogation}");
            (p.StructureId, p.ReferentId) = (structureId, referentId);
            return ResultatAction.Ok($"Référent désigné ({structure}).");
        }, ct);
        return (resultat, resultat.Reussi && designation is { Id: > 0 } faite ? faite.Id : null);
    }

    /// <summary>The notification of a designation made by <see cref="ChangerReferentAsync"/>, once its transaction is committed.</summary>
    public Task<string> NotifierDesignationAsync(int designationId, CancellationToken ct) => notifications.DecisionAsync(designationId, ct);

    /// <summary>Asked by the person's référent (or an agent), with the reason; the département decides.</summary>
    public Task<ResultatAction> DemanderReorientationAsync(int parcoursId, int version, TypeOrientation type, string motif, CancellationToken ct) =>
        AgirAsync(parcoursId, version, ActionParcours.DemanderReorientation, EstAgent || user.A(Role.Referent), (p, jeu) =>
        {
            if (!EstAgent && p.ReferentId != user.Id) return Task.FromResult(ResultatAction.Refus("Seul le référent de la personne peut demander sa réorientation."));
            if (type == p.TypeOrientation) return Task.FromResult(ResultatAction.Refus($"La personne est déjà orientée « {jeu.NomType(type)} »."));
            if (string.IsNullOrWhiteSpace(motif)) return Task.FromResult(ResultatAction.Refus("Indiquez le motif de la demande de réorientation."));
            db.Add(NouvelleDecision(p, type, OrigineOrientation.Reorientation, null, motif));
            return Task.FromResult(ResultatAction.Ok($"Demande de réorientation « {jeu.NomType(type)} » transmise au département."));
        }, ct);

    public Task<ResultatAction> DeciderReorientationAsync(int parcoursId, int version, bool accepter, string? motif, CancellationToken ct) =>
        AgirAsync(parcoursId, version, accepter ? ActionParcours.AccepterReorientation : ActionParcours.RejeterReorientation, EstAgent, async (p, jeu) =>
        {
            if (!accepter && string.IsNullOrWhiteSpace(motif)) return ResultatAction.Refus("Indiquez le motif du rejet.");
            var demande = await DecisionEnCoursAsync(p, ct);
            Decider(demande, accepter ? StatutDecision.Validee : StatutDecision.Refusee, motif);
            if (!accepter) return ResultatAction.Ok("Demande de réorientation rejetée : le référent continue l'accompagnement.");
            await TerminerDesignationAsync(p, "Réorientation", ct);
            (p.TypeOrientation, p.StructureId, p.ReferentId, p.DateOrientation, p.DatePremierRdvReferent) = (demande.Type, null, null, Aujourdhui, null);
            return ResultatAction.Ok($"Réorientation « {jeu.NomType(demande.Type)} » acceptée : un nouveau référent est à désigner.");
        }, ct);

    private async Task<string?> ObstacleOrientationAsync(Parcours parcours, CancellationToken ct)
    {
        foreach (var controle in controles)
            if (await controle.VerifierAsync(parcours, ct) is { } refus) return refus;
        return null;
    }

    private Task<ResultatAction> AgirAsync(int parcoursId, int version, ActionParcours action, bool roleAutorise,
        Func<Parcours, JeuRegles, Task<ResultatAction>> decision, CancellationToken ct) =>
        transition.AppliquerAsync(parcoursId, version, action, roleAutorise, decision, ct);

    private bool DirigeStructure(int structureId) =>
        user.Habilitations.Any(h => h.Role == Role.ResponsableStructure && h.StructureId == structureId);

    private async Task<string?> ObstacleStructureAsync(int structureId, TypeOrientation type, JeuRegles jeu, CancellationToken ct)
    {
        var nom = await db.Structures.AsNoTracking().Where(s => s.Id == structureId && s.Actif).Select(s => s.Nom).FirstOrDefaultAsync(ct);
        if (nom is null) return "Cette structure n'existe pas ou n'est plus active.";
        var charge = await CapaciteAccompagnement.ChargeAsync(db, structureId, type, ct);
        return charge.Accepte ? null : CapaciteAccompagnement.Obstacle(charge, nom, jeu.NomType(type));
    }

    private DecisionOrientation NouvelleDecision(Parcours p, TypeOrientation type, OrigineOrientation origine, int? structureId, string motif) => new()
    {
        ParcoursId = p.Id,
        PersonneId = p.PersonneId,
        Type = type,
        Origine = origine,
        StructureId = structureId,
        Statut = StatutDecision.Proposee,
        Motif = motif.Trim(),
        ProposeeLe = heure.MaintenantUtc,
        ProposeePar = Auteur,
    };

    private async Task<DecisionOrientation> DecisionEnCoursAsync(Parcours p, CancellationToken ct) =>
        await db.Set<DecisionOrientation>().Where(d => d.ParcoursId == p.Id && d.Statut == StatutDecision.Proposee)
            .OrderByDescending(d => d.Id).FirstAsync(ct);

    private void Decider(DecisionOrientation decision, StatutDecision statut, string? motif) =>
        (decision.Statut, decision.DecideeLe, decision.DecideePar, decision.MotifDecision) = (statut, heure.MaintenantUtc, Auteur, motif?.Trim());

    private async Task TerminerDesignationAsync(Parcours p, string motif, CancellationToken ct)
    {
        var ouverte = await db.Set<DesignationReferent>().FirstOrDefaultAsync(d => d.PersonneId == p.PersonneId && d.DateFin == null, ct);
        if (ouverte is null) return;
        (ouverte.DateFin, ouverte.MotifFin) = (Aujourdhui, motif);
        // The unique index allows one open designation: the end must reach the database before the
        // new one (same transaction, see AgirAsync).
        await db.SaveChangesAsync(ct);
    }

    private async Task<ProfilPreOrientation> ProfilAsync(Personne personne, CancellationToken ct)
    {
        var aujourdhui = Aujourdhui;
        var age = AgeLe(personne.DateNaissance, aujourdhui);
        var foyer = await db.MembresFoyer.AsNoTracking().Where(m => m.DossierId == personne.DossierCourantId && m.Present)
            .Select(m => new { m.Role, m.Personne!.DateNaissance, Situation = m.Dossier!.SituationFamille }).ToListAsync(ct);
        var enfants = foyer.Where(m => m.Role == "ENF").Select(m => AgeLe(m.DateNaissance, aujourdhui)).ToList();
        var parentIsole = enfants.Count > 0 && !foyer.Any(m => m.Role == "CJT");
        return new ProfilPreOrientation(age, parentIsole, enfants.Count > 0 ? enfants.Min() : null);
    }

    private static int AgeLe(DateOnly naissance, DateOnly date) =>
        date.Year - naissance.Year - (date < naissance.AddYears(date.Year - naissance.Year) ? 1 : 0);
}
