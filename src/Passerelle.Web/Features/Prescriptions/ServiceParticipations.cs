using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Sorties;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Prescriptions;

/// <summary>
/// The operator's side of a prescription, each act in one unit of work with its audit entry: the answer, the entry
/// (within the funded places, or beyond them once an agent authorised it), the exit and its type, the situation 3
/// and 6 months later. Every act checks the operator runs the action's structure and the transition is allowed.
/// </summary>
public sealed class ServiceParticipations(AppDbContext db, AccesPrescriptions acces, CapaciteAction capacites, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public const int DelaiSaisieSituationJours = 15;

    private string Auteur => user.NomComplet ?? user.Email ?? "Opérateur";

    private static readonly ResultatAction Introuvable = ResultatAction.Refus("Cette prescription n'existe pas ou n'a pas été adressée à votre structure.");

    public async Task<ResultatAction> RepondreAsync(int id, int version, SaisieReponse saisie, CancellationToken ct)
    {
        if (saisie.Acte is not (ActePrescription.Accepter or ActePrescription.MettreEnAttente or ActePrescription.Refuser))
            return ResultatAction.Refus("Réponse inconnue : acceptez, refusez ou mettez en liste d'attente.");
        var (p, refus) = await PourOperateurAsync(id, version, saisie.Acte, ct);
        if (p is null) return refus!;
        if (saisie.Acte == ActePrescription.Refuser && saisie.MotifRefus is not { } motif)
            return ResultatAction.Refus("Choisissez le motif du refus : le référent en a besoin pour proposer autre chose.");
        if (saisie.MotifRefus == MotifRefusPrescription.Autre && string.IsNullOrWhiteSpace(saisie.Precision))
            return ResultatAction.Refus("Précisez le motif « autre » du refus.");
        if (saisie.Precision?.Length > 1000) return ResultatAction.Refus("La précision ne peut dépasser 1 000 caractères.");
        var maintenant = heure.MaintenantUtc;
        p.Statut = TransitionsPrescription.Suivant(p.Statut, saisie.Acte, ActeurPrescription.Operateur)!.Value;
        (p.ReponduLe, p.ReponduPar, p.PrecisionReponse) = (p.ReponduLe ?? maintenant, Auteur, string.IsNullOrWhiteSpace(saisie.Precision) ? null : saisie.Precision.Trim());
        p.MotifRefus = saisie.Acte == ActePrescription.Refuser ? saisie.MotifRefus : null;
        if (p.Statut == StatutPrescription.Refusee) p.CloseLe = maintenant;
        return await SauverAsync(p, "prescription-reponse", $"Réponse enregistrée : {p.Statut.Libelle().ToLowerInvariant()}.", ct);
    }

    public async Task<ResultatAction> EntrerAsync(int id, int version, DateOnly? date, CancellationToken ct)
    {
        var (p, refus) = await PourOperateurAsync(id, version, ActePrescription.Entrer, ct);
        if (p is null) return refus!;
        var jour = date ?? heure.Aujourdhui;
        if (jour > heure.Aujourdhui) return ResultatAction.Refus("La date d'entrée ne peut être dans le futur : enregistrez l'entrée le jour où la personne commence.");
        if (jour < DateOnly.FromDateTime(p.PrescriteLe).AddDays(-1)) return ResultatAction.Refus("La date d'entrée ne peut précéder la prescription.");
        var capacite = await capacites.PourAsync(p.ActionInsertionId, jour, ct);
        if (capacite.EntreeAuDela && p.DepassementAutorisePar is null)
            return ResultatAction.Refus($"Les {capacite.Places} places financées sont toutes occupées au {jour:dd/MM/yyyy} : "
                + "l'entrée demande l'autorisation d'un agent du département (dépassement de capacité).");
        (p.Statut, p.DateEntree) = (StatutPrescription.EnCours, jour);
        return await SauverAsync(p, "prescription-entree", $"Entrée enregistrée au {jour:dd/MM/yyyy}.", ct);
    }

    public async Task<ResultatAction> SortirAsync(int id, int version, SaisieSortieAction saisie, CancellationToken ct)
    {
        var (p, refus) = await PourOperateurAsync(id, version, ActePrescription.Sortir, ct);
        if (p is null) return refus!;
        var jour = saisie.Date ?? heure.Aujourdhui;
        if (saisie.Type is not { } type || !Enum.IsDefined(type)) return ResultatAction.Refus("Choisissez le type de sortie.");
        if (jour > heure.Aujourdhui) return ResultatAction.Refus("La date de sortie ne peut être dans le futur.");
        if (jour < p.DateEntree) return ResultatAction.Refus($"La date de sortie ne peut précéder l'entrée ({p.DateEntree:dd/MM/yyyy}).");
        if (saisie.Commentaire?.Length > 1000) return ResultatAction.Refus("Le commentaire ne peut dépasser 1 000 caractères.");
        (p.Statut, p.DateSortie, p.TypeSortie, p.CloseLe) = (StatutPrescription.Terminee, jour, type, heure.MaintenantUtc);
        p.CommentaireSortie = string.IsNullOrWhiteSpace(saisie.Commentaire) ? null : saisie.Commentaire.Trim();
        return await SauverAsync(p, "prescription-sortie", $"Sortie enregistrée : {type.Libelle()}.", ct);
    }

    /// <summary>The situation <paramref name="mois"/> (3 or 6) months after the exit, entered from a fortnight before.</summary>
    public async Task<ResultatAction> SituationApresAsync(int id, int version, int mois, SituationEmploi? situation, CancellationToken ct)
    {
        var p = await ChargerAsync(id, ct);
        if (p is null || !acces.EstOperateur(p)) return Introuvable;
        if (p.Version != version) return ResultatAction.Conflit;
        if (mois is not (3 or 6)) return ResultatAction.Refus("Le suivi se fait à 3 et à 6 mois après la sortie.");
        if (p.Statut != StatutPrescription.Terminee || p.DateSortie is not { } sortie) return ResultatAction.Refus("Le suivi se saisit après la sortie de l'action.");
        var echeance = sortie.AddMonths(mois);
        if (echeance.AddDays(-DelaiSaisieSituationJours) > heure.Aujourdhui)
            return ResultatAction.Refus($"La situation à {mois} mois se saisit à partir du {echeance.AddDays(-DelaiSaisieSituationJours):dd/MM/yyyy}.");
        if (situation is not { } s || !Enum.IsDefined(s)) return ResultatAction.Refus("Indiquez la situation de la personne vis-à-vis de l'emploi.");
        if (mois == 3) p.Situation3Mois = s;
        else p.Situation6Mois = s;
        return await SauverAsync(p, "prescription-suivi", $"Situation à {mois} mois enregistrée.", ct);
    }

    /// <summary>An agent of the whole département lets the operator enter this person beyond the funded places.</summary>
    public async Task<ResultatAction> AutoriserDepassementAsync(int id, int version, string? motif, CancellationToken ct)
    {
        if (!acces.AgentDuDepartement) return ResultatAction.Refus("Seul un agent du département peut autoriser un dépassement des places financées.");
        var p = await ChargerAsync(id, ct);
        if (p is null) return Introuvable;
        if (p.Version != version) return ResultatAction.Conflit;
        if (p.Statut is not (StatutPrescription.Envoyee or StatutPrescription.ListeAttente or StatutPrescription.Acceptee))
            return ResultatAction.Refus("Le dépassement s'autorise avant l'entrée de la personne.");
        if (string.IsNullOrWhiteSpace(motif) || motif.Length > 1000) return ResultatAction.Refus("Indiquez pourquoi vous autorisez le dépassement (1 000 caractères au plus).");
        (p.DepassementAutorisePar, p.MotifDepassement) = (Auteur, motif.Trim());
        return await SauverAsync(p, ServicePrescriptions.ActionAuditDepassement, "Dépassement des places financées autorisé pour cette personne.", ct, p.MotifDepassement);
    }

    private Task<Prescription?> ChargerAsync(int id, CancellationToken ct) =>
        acces.Visibles(db.Set<Prescription>(), db.Personnes).FirstOrDefaultAsync(p => p.Id == id, ct);

    private async Task<(Prescription? P, ResultatAction? Refus)> PourOperateurAsync(int id, int version, ActePrescription acte, CancellationToken ct)
    {
        var p = await ChargerAsync(id, ct);
        if (p is null || !acces.EstOperateur(p)) return (null, Introuvable);
        if (p.Version != version) return (null, ResultatAction.Conflit);
        if (TransitionsPrescription.Suivant(p.Statut, acte, ActeurPrescription.Operateur) is null)
            return (null, ResultatAction.Refus($"Action « {acte.Libelle()} » impossible : la prescription est « {p.Statut.Libelle().ToLowerInvariant()} »."));
        return (p, null);
    }

    private Task<ResultatAction> SauverAsync(Prescription p, string action, string message, CancellationToken ct, string? details = null)
    {
        audit.Enregistrer(action, nameof(Prescription), p.Id, details ?? p.Statut.ToString());
        return db.SauverActionAsync(message, ResultatAction.Conflit, ct);
    }
}
