using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Sorties;

/// <summary>
/// Exits and their follow-up, each in one unit of work with its audit entry. Recording an exit on an
/// open parcours is a transition of the state machine (<see cref="TransitionVerifiee"/>: scope, role,
/// version, transition, then the rules of <see cref="RegleSortie"/>); confirming a proposal and
/// recording a follow-up check the same things on their own rows. The person's référent or an agent acts.
/// </summary>
public sealed class ServiceSorties(TransitionVerifiee transition, PerimetreDossiers perimetre, AppDbContext db, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    private string Auteur => user.NomComplet ?? user.Email ?? "système";
    private bool EstAgent => user.A(Role.AgentDepartemental);

    public Task<ResultatAction> EnregistrerAsync(int parcoursId, int version, SaisieSortie saisie, CancellationToken ct) =>
        transition.AppliquerAsync(parcoursId, version, ActionParcours.EnregistrerSortie, EstAgent || user.A(Role.Referent), async (p, _) =>
        {
            if (!EstAgent && p.ReferentId != user.Id) return ResultatAction.Refus("Seul le référent de la personne ou un agent peut enregistrer sa sortie.");
            var date = saisie.DateSortie ?? heure.Aujourdhui;
            if (RegleSortie.Verifier(saisie, date, heure.Aujourdhui, p.DateEntree) is { } refus) return ResultatAction.Refus(refus);
            var motif = saisie.Motif!.Value;
            var sortie = new Sortie { PersonneId = p.PersonneId, ParcoursId = p.Id, DateSortie = date, ReferentId = p.ReferentId };
            await ConclureAsync(sortie, saisie, ct);
            db.Add(sortie);
            await CloreAsync(p, date, motif, ct);
            return ResultatAction.Ok($"Sortie enregistrée ({motif.Libelle()}).");
        }, ct);

    /// <summary>Confirms a proposed exit as it is, or with another reason (the référent knows the person found a job).</summary>
    public async Task<ResultatAction> QualifierAsync(int sortieId, int version, SaisieSortie saisie, CancellationToken ct)
    {
        var sortie = await db.Set<Sortie>().Include(s => s.Parcours)
            .FirstOrDefaultAsync(s => s.Id == sortieId && perimetre.Filtrer(db.Personnes).Any(x => x.Id == s.PersonneId), ct);
        if (sortie is null) return ResultatAction.HorsPerimetre;
        if (!EstAgent && (sortie.ReferentId is null || sortie.ReferentId != user.Id))
            return ResultatAction.Refus("Seul le dernier référent de la personne ou un agent peut confirmer sa sortie.");
        if (sortie.Version != version) return ResultatAction.Conflit;
        if (sortie.Statut != StatutSortie.Proposee) return ResultatAction.Refus("Cette sortie est déjà enregistrée.");
        if (!PropositionSortieEmploi.EnAttente(sortie.Statut, sortie.DateSortie, sortie.Parcours!.DateCloture, sortie.Parcours.DateReprise))
            return ResultatAction.Refus("La personne est revenue dans le parcours : il n'y a plus de sortie à confirmer.");
        if (sortie.Parcours.DateCloture is null) return await ConfirmerSurParcoursOuvertAsync(sortie.Id, sortie.Parcours.Id, sortie.Parcours.Version, saisie, ct);
        if (RegleSortie.Verifier(saisie with { DateSortie = null }, sortie.DateSortie, heure.Aujourdhui, sortie.Parcours.DateEntree) is { } refus) return ResultatAction.Refus(refus);
        await ConclureAsync(sortie, saisie, ct);
        return await EnregistrerAsync(nameof(Sortie), sortie.Id, $"Sortie confirmée ({sortie.Motif.Libelle()}).", ct);
    }

    public async Task<ResultatAction> EnregistrerSuiviAsync(int suiviId, int version, SituationEmploi? situation, string? commentaire, CancellationToken ct)
    {
        var suivi = await db.Set<SuiviSortie>().FirstOrDefaultAsync(s => s.Id == suiviId && perimetre.Filtrer(db.Personnes).Any(x => x.Id == s.PersonneId), ct);
        if (suivi is null) return ResultatAction.HorsPerimetre;
        if (!EstAgent && (suivi.ReferentId is null || suivi.ReferentId != user.Id))
            return ResultatAction.Refus("Seul le dernier référent de la personne ou un agent peut enregistrer ce suivi.");
        if (suivi.Version != version) return ResultatAction.Conflit;
        if (suivi.RealiseLe is not null) return ResultatAction.Refus("Ce suivi est déjà enregistré.");
        var aujourdhui = heure.Aujourdhui;
        if (suivi.Echeance > aujourdhui.AddDays(RegleSortie.AvanceSuiviJours))
            return ResultatAction.Refus($"Le suivi à {suivi.Mois} mois se saisit à partir du {suivi.Echeance.AddDays(-RegleSortie.AvanceSuiviJours):dd/MM/yyyy}.");
        if (situation is not { } s || !Enum.IsDefined(s)) return ResultatAction.Refus("Indiquez la situation de la personne vis-à-vis de l'emploi.");
        if (commentaire?.Length > 1000) return ResultatAction.Refus("Le commentaire ne peut dépasser 1 000 caractères.");
        (suivi.RealiseLe, suivi.Situation, suivi.Commentaire, suivi.RealisePar) = (aujourdhui, s, Nettoyer(commentaire), Auteur);
        return await EnregistrerAsync(nameof(SuiviSortie), suivi.Id, $"Suivi à {suivi.Mois} mois enregistré.", ct);
    }

    /// <summary>A proposal on an open parcours (a hire) is confirmed as the exit the state machine records: it closes the parcours.</summary>
    private Task<ResultatAction> ConfirmerSurParcoursOuvertAsync(int sortieId, int parcoursId, int versionParcours, SaisieSortie saisie, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return transition.AppliquerAsync(parcoursId, versionParcours, ActionParcours.EnregistrerSortie, true, async (p, _) =>
        {
            var sortie = await db.Set<Sortie>().FirstAsync(s => s.Id == sortieId, ct);
            if (RegleSortie.Verifier(saisie with { DateSortie = null }, sortie.DateSortie, heure.Aujourdhui, p.DateEntree) is { } refus) return ResultatAction.Refus(refus);
            await ConclureAsync(sortie, saisie, ct);
            await CloreAsync(p, sortie.DateSortie, sortie.Motif, ct);
            audit.Enregistrer(ActionsSorties.Pour(nameof(Sortie)), nameof(Sortie), sortie.Id, "Sortie proposée confirmée, parcours clos.");
            return ResultatAction.Ok($"Sortie confirmée ({sortie.Motif.Libelle()}) : le parcours est clos.");
        }, ct);
    }

    /// <summary>Ends the open designation and closes the parcours on the exit's date.</summary>
    private async Task CloreAsync(Parcours p, DateOnly date, MotifSortie motif, CancellationToken ct)
    {
        var designation = await db.Set<DesignationReferent>().FirstOrDefaultAsync(d => d.ParcoursId == p.Id && d.DateFin == null, ct);
        if (designation is not null) (designation.DateFin, designation.MotifFin) = (date < designation.DateDebut ? designation.DateDebut : date, $"Sortie : {motif.Libelle()}");
        (p.DateCloture, p.MotifCloture, p.SortieEnregistree, p.ReferentId) = (date, $"Sortie : {motif.Libelle()}", true, null);
    }

    /// <summary>Fills the exit from the form and plans its follow-up from the département's rules.</summary>
    private async Task ConclureAsync(Sortie sortie, SaisieSortie saisie, CancellationToken ct)
    {
        (sortie.Statut, sortie.Motif, sortie.TypeContrat, sortie.DureeContratMois) = (StatutSortie.Enregistree, saisie.Motif!.Value, saisie.TypeContrat, saisie.DureeContratMois);
        (sortie.Situation, sortie.Commentaire, sortie.EnregistreeLe, sortie.EnregistreePar) = (RegleSortie.Situation(saisie), Nettoyer(saisie.Commentaire), heure.MaintenantUtc, Auteur);
        var regles = await ReglesSortie.EnVigueurAsync(db, ct);
        foreach (var (mois, echeance) in RegleSortie.Suivis(sortie.Motif, sortie.DateSortie, regles))
            sortie.Suivis.Add(new SuiviSortie { PersonneId = sortie.PersonneId, ReferentId = sortie.ReferentId, Mois = mois, Echeance = echeance });
    }

    private async Task<ResultatAction> EnregistrerAsync(string entite, int id, string message, CancellationToken ct)
    {
        audit.Enregistrer(ActionsSorties.Pour(entite), entite, id, message);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return ResultatAction.Conflit;
        }
        db.ChangeTracker.Clear();
        return ResultatAction.Ok(message);
    }

    private static string? Nettoyer(string? texte) => string.IsNullOrWhiteSpace(texte) ? null : texte.Trim();
}

/// <summary>Audit journal action names of exits and follow-ups.</summary>
public static class ActionsSorties
{
    public static string Pour(string entite) => entite == nameof(Sortie) ? "sortie-confirmee" : "suivi-sortie";
}
