using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Contrats;
using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Prescriptions;

/// <summary>
/// The prescriber's side: prescribing an action to a person of their caseload and withdrawing it. Only the person's
/// référent prescribes (or an agent of the whole département, who alone may go beyond the funded places, with a
/// motive kept in the audit journal). An action outside the person's territoire is prescribed with a warning.
/// The operator is told by the periodic task (<see cref="RelancesPrescriptions"/>), not during the request.
/// </summary>
public sealed class ServicePrescriptions(AppDbContext db, PerimetreDossiers perimetre, CapaciteAction capacites, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public const string ActionAudit = "prescription", ActionAuditDepassement = "prescription-depassement-capacite";

    private bool EstAgent => user.Habilitations.Any(h => h.Role == Role.AgentDepartemental && h.TerritoireId is null);

    public async Task<(ResultatAction Resultat, int? Id)> PrescrireAsync(int personneId, SaisiePrescription saisie, CancellationToken ct)
    {
        var personne = await perimetre.Filtrer(db.Personnes).AsNoTracking().FirstOrDefaultAsync(p => p.Id == personneId, ct);
        if (personne is null) return (ResultatAction.HorsPerimetre, null);
        var parcours = await db.Set<Parcours>().AsNoTracking().FirstOrDefaultAsync(p => p.PersonneId == personneId && p.DateCloture == null, ct);
        if (parcours is null) return (ResultatAction.Refus("La personne n'a pas de parcours en cours : on ne peut lui prescrire d'action."), null);
        if (!EstAgent && (parcours.ReferentId is null || parcours.ReferentId != user.Id || !user.A(Role.Referent)))
            return (ResultatAction.Refus("Seul le référent de la personne peut lui prescrire une action."), null);
        var action = await db.Set<ActionInsertion>().AsNoTracking().Include(a => a.Sessions).FirstOrDefaultAsync(a => a.Id == saisie.ActionId, ct);
        if (action is null || action.Statut != StatutAction.Publiee) return (ResultatAction.Refus("Cette action n'est pas au catalogue publié."), null);
        if (VerifierSaisie(saisie, action) is { } refus) return (ResultatAction.Refus(refus), null);
        if (await db.Set<Prescription>().AnyAsync(p => p.PersonneId == personneId && p.ActionInsertionId == action.Id
                && (p.Statut == StatutPrescription.Envoyee || p.Statut == StatutPrescription.ListeAttente || p.Statut == StatutPrescription.Acceptee || p.Statut == StatutPrescription.EnCours), ct))
            return (ResultatAction.Refus("Cette personne a déjà une prescription en cours sur cette action."), null);
        var aujourdhui = heure.Aujourdhui;
        var capacite = await capacites.PourAsync(action.Id, aujourdhui, ct);
        var depassement = capacite.Complete && saisie.DepasserCapacite && EstAgent;
        if (capacite.Complete && !depassement)
            return (ResultatAction.Refus($"L'action est complète ({capacite.Places} places financées, {capacite.Occupees} occupées, {capacite.Promises} promises). "
                + "Choisissez une autre action ou une autre session ; seul un agent du département peut autoriser un dépassement."), null);
        if (depassement && string.IsNullOrWhiteSpace(saisie.MotifDepassement))
            return (ResultatAction.Refus("Indiquez pourquoi vous autorisez le dépassement des places financées."), null);

        var prescription = new Prescription
        {
            PersonneId = personneId,
            ActionInsertionId = action.Id,
            StructureId = action.StructureId,
            SessionActionId = saisie.SessionId,
            PrescripteurId = user.Id!,
            PrescripteurNom = user.NomComplet ?? user.Email ?? "Prescripteur",
            PrescriteLe = heure.MaintenantUtc,
            Motif = saisie.Motif!.Trim(),
            TerritoireId = parcours.TerritoireId,
            BeneficiaireRsa = parcours.Public == Parcours.PublicRsa,
            Partage = await PartageAsync(personne, saisie, ct),
            Statut = StatutPrescription.Envoyee,
            DepassementAutorisePar = depassement ? user.NomComplet ?? user.Email : null,
            MotifDepassement = depassement ? saisie.MotifDepassement!.Trim() : null,
        };
        db.Add(prescription);
        await db.SaveChangesAsync(ct);
        audit.Enregistrer(ActionAudit, nameof(Prescription), prescription.Id, $"Action {action.Id}");
        if (depassement) audit.Enregistrer(ActionAuditDepassement, nameof(Prescription), prescription.Id, prescription.MotifDepassement);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var message = $"Prescription envoyée à « {action.Nom} » : l'opérateur est prévenu.";
        if (parcours.TerritoireId is int t && action.Territoires.Count > 0 && !action.Territoires.Contains(t))
            message += " Attention : cette action ne dessert pas le territoire de la personne ; vérifiez qu'elle pourra s'y rendre.";
        return (ResultatAction.Ok(message), prescription.Id);
    }

    /// <summary>The prescriber (or an agent) withdraws a prescription before the person enters the action.</summary>
    public async Task<ResultatAction> AnnulerAsync(int prescriptionId, int version, string? motif, CancellationToken ct)
    {
        var prescription = await db.Set<Prescription>().FirstOrDefaultAsync(p => p.Id == prescriptionId && perimetre.Filtrer(db.Personnes).Any(x => x.Id == p.PersonneId), ct);
        if (prescription is null) return ResultatAction.Refus("Cette prescription n'existe pas ou n'est pas dans votre périmètre.");
        if (!EstAgent && prescription.PrescripteurId != user.Id) return ResultatAction.Refus("Seul le prescripteur ou un agent du département peut annuler cette prescription.");
        if (prescription.Version != version) return ResultatAction.Conflit;
        if (TransitionsPrescription.Suivant(prescription.Statut, ActePrescription.Annuler, ActeurPrescription.Prescripteur) is not { } vers)
            return ResultatAction.Refus($"Cette prescription ne peut plus être annulée : elle est « {prescription.Statut.Libelle()} ».");
        (prescription.Statut, prescription.CloseLe, prescription.PrecisionReponse) = (vers, heure.MaintenantUtc, Nettoyer(motif, 1000) ?? prescription.PrecisionReponse);
        audit.Enregistrer("prescription-annulee", nameof(Prescription), prescription.Id);
        return await db.SauverActionAsync("Prescription annulée : l'opérateur la voit comme telle.", ResultatAction.Conflit, ct);
    }

    private static string? VerifierSaisie(SaisiePrescription saisie, ActionInsertion action)
    {
        if (string.IsNullOrWhiteSpace(saisie.Motif)) return "Indiquez le motif de la prescription : ce que la personne vient chercher dans l'action.";
        if (saisie.Motif.Length > 2000) return "Le motif ne peut dépasser 2 000 caractères.";
        if (saisie.Message?.Length > 1000) return "Le message à l'opérateur ne peut dépasser 1 000 caractères.";
        if (saisie.SessionId is int session && action.Sessions.All(s => s.Id != session)) return "Cette session n'appartient pas à l'action choisie.";
        return null;
    }

    /// <summary>The snapshot the operator will read: the name, and only what was ticked. Freins without comments, never santé.</summary>
    private async Task<InformationsPartagees> PartageAsync(Personne personne, SaisiePrescription saisie, CancellationToken ct)
    {
        IReadOnlyList<string> freins = [];
        if (saisie.PartagerFreins)
        {
            var diagnostic = await db.Set<Diagnostic.Diagnostic>().AsNoTracking().Where(d => d.PersonneId == personne.Id).OrderByDescending(d => d.Numero).FirstOrDefaultAsync(ct);
            freins = diagnostic is null ? [] : [.. diagnostic.Freins.Where(f => f.Niveau != NiveauFrein.Aucun && f.Theme != ThemeFrein.Sante)
                .Select(f => $"{f.Theme.Libelle()} : {(f.Niveau == NiveauFrein.Important ? "important" : "léger")}")];
        }
        string? objectif = null;
        if (saisie.ObjectifContrat is { Length: > 0 } choisi)
        {
            var contrats = await db.Set<Contrat>().AsNoTracking().Where(c => c.PersonneId == personne.Id && (c.Statut == StatutContrat.EnAttente || c.Statut == StatutContrat.Valide))
                .Select(c => c.Objectifs).ToListAsync(ct);
            objectif = contrats.SelectMany(o => o).Select(o => Libelle(o)).FirstOrDefault(o => o == choisi);
        }
        return new InformationsPartagees(personne.Nom, personne.Prenoms)
        {
            DateNaissance = saisie.PartagerDateNaissance ? personne.DateNaissance : null,
            Telephone = saisie.PartagerTelephone ? personne.Telephone : null,
            Courriel = saisie.PartagerCourriel ? personne.Email : null,
            Freins = freins,
            ObjectifContrat = objectif,
            Message = Nettoyer(saisie.Message, 1000),
        };
    }

    /// <summary>How an objective of the contract is offered and shared: « theme : text ».</summary>
    public static string Libelle(ObjectifContrat objectif) =>
        string.Join(" : ", new[] { objectif.Theme, objectif.Texte }.Where(t => !string.IsNullOrWhiteSpace(t)));

    private static string? Nettoyer(string? texte, int longueur) => string.IsNullOrWhiteSpace(texte) ? null : texte.Trim()[..Math.Min(longueur, texte.Trim().Length)];
}
