using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Contrats;

/// <summary>
/// Writes a person's contracts, each in one unit of work with its audit entry and the parcours'
/// milestone: creation and changes by the référent (or an agent, or the structure head), decisions by
/// the structure and the département. Checks, in order: the person is in the user's scope (else the
/// answer a missing person gets), the user's role, the version, the workflow, the business rules.
/// </summary>
public sealed class ServiceContrats(AppDbContext db, PerimetreDossiers perimetre, ReglesEnVigueur reglesOrientation, ReglesContratsEnVigueur reglesContrats,
    AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public const string NonOriente = "Un contrat ne peut être signé que par une personne orientée et suivie par un référent.";

    private string Auteur => user.NomComplet ?? user.Email ?? "système";

    public sealed record Resultat(ResultatAction Action, int? ContratId = null);

    public async Task<Resultat> CreerAsync(int personneId, SaisieContrat saisie, CancellationToken ct)
    {
        var parcours = await ParcoursAsync(personneId, ct);
        if (parcours is null) return new(ResultatAction.HorsPerimetre);
        if (!PeutRediger(parcours)) return new(ResultatAction.Refus("Votre rôle ne permet pas d'établir le contrat de cette personne."));
        if (!parcours.Etape.EstOriente() || parcours.ReferentId is null || parcours.TypeOrientation is not { } orientation)
            return new(ResultatAction.Refus(NonOriente));
        var jeu = await reglesOrientation.ParCodeAsync(parcours.CodeRegles, parcours.DateEntree, ct);
        var type = TypeContratRegles.Pour(orientation, jeu);
        var contrat = new Contrat { PersonneId = personneId, ParcoursId = parcours.Id, Type = type, CreeLe = heure.MaintenantUtc, CreePar = Auteur };
        var precedent = await db.Set<Contrat>().AsNoTracking().Where(c => c.PersonneId == personneId && c.Type == type && c.Statut == StatutContrat.Valide)
            .OrderByDescending(c => c.DateFin).FirstOrDefaultAsync(ct);
        (contrat.Rang, contrat.ContratPrecedentId) = precedent is null ? (RangContrat.Premier, (int?)null) : (RangContrat.Renouvellement, precedent.Id);
        if (await RefusSaisieAsync(parcours.Personne!, contrat, saisie, ct) is { } refus) return new(ResultatAction.Refus(refus));
        RedactionContrat.Remplir(contrat, saisie);
        RedactionContrat.Enregistrer(contrat, Auteur, heure.MaintenantUtc);
        db.Add(contrat);
        var resultat = await EnregistrerAsync(contrat, parcours, jeu, AuditActions.Creation,
            $"{type.LibelleCourt()} ({contrat.Rang.Libelle().ToLowerInvariant()}) enregistré : {contrat.Statut.Libelle().ToLowerInvariant()}.", ct);
        return new(resultat, resultat.Reussi ? contrat.Id : null);
    }

    public async Task<ResultatAction> ModifierAsync(int contratId, int version, SaisieContrat saisie, CancellationToken ct)
    {
        var (contrat, parcours) = await ContratAsync(contratId, ct);
        if (contrat is null || parcours is null) return ResultatAction.HorsPerimetre;
        if (!PeutRediger(parcours)) return ResultatAction.Refus("Votre rôle ne permet pas de modifier le contrat de cette personne.");
        if (contrat.Version != version) return ResultatAction.Conflit;
        var modifiable = contrat.Statut == StatutContrat.EnAttente || (!contrat.Type.DecideParDepartement() && contrat.Statut == StatutContrat.Valide);
        if (!modifiable) return ResultatAction.Refus($"Un contrat « {contrat.Statut.Libelle()} » ne se modifie plus : établissez-en un nouveau.");
        if (await RefusSaisieAsync(parcours.Personne!, contrat, saisie, ct) is { } refus) return ResultatAction.Refus(refus);
        RedactionContrat.Remplir(contrat, saisie);
        var jeu = await reglesOrientation.ParCodeAsync(parcours.CodeRegles, parcours.DateEntree, ct);
        return await EnregistrerAsync(contrat, parcours, jeu, AuditActions.Modification, "Contrat modifié.", ct);
    }

    public async Task<ResultatAction> DeciderAsync(int contratId, int version, ActeContrat acte, string? motif, CancellationToken ct)
    {
        var (contrat, parcours) = await ContratAsync(contratId, ct);
        if (contrat is null || parcours is null) return ResultatAction.HorsPerimetre;
        var autorise = acte == ActeContrat.ValiderStructure
            ? user.Habilitations.Any(h => h.Role == Role.ResponsableStructure && h.StructureId == parcours.StructureId)
            : user.A(Role.AgentDepartemental);
        if (!autorise) return ResultatAction.Refus($"Votre rôle ne permet pas de {TransitionsContrat.Libelle(acte)} ce contrat.");
        if (contrat.Version != version) return ResultatAction.Conflit;
        var regles = await reglesContrats.ObtenirAsync(ct);
        var (vers, refus) = TransitionsContrat.Suivant(contrat, acte, regles.ValidationParStructure);
        if (vers is not { } statut) return ResultatAction.Refus(refus!);
        if (acte is ActeContrat.Refuser or ActeContrat.Annuler && string.IsNullOrWhiteSpace(motif))
            return ResultatAction.Refus("Indiquez le motif de la décision.");
        RedactionContrat.Decider(contrat, acte, statut, Auteur, heure.MaintenantUtc, motif);
        var jeu = await reglesOrientation.ParCodeAsync(parcours.CodeRegles, parcours.DateEntree, ct);
        var message = acte == ActeContrat.ValiderStructure ? "Contrat validé pour la structure : le département décidera." : $"Contrat {statut.Libelle().ToLowerInvariant()}.";
        return await EnregistrerAsync(contrat, parcours, jeu, ActionsContrats.Pour(acte), message, ct);
    }

    private async Task<string?> RefusSaisieAsync(Personne personne, Contrat contrat, SaisieContrat saisie, CancellationToken ct)
    {
        var regles = await reglesContrats.ObtenirAsync(ct);
        if (ControleContrat.Refus(saisie, contrat.Type, personne.DateNaissance, regles, heure.Aujourdhui) is { } refus) return refus;
        var (debut, fin) = (saisie.DateDebut, saisie.Fin);
        var chevauche = await db.Set<Contrat>().AsNoTracking().AnyAsync(c => c.PersonneId == contrat.PersonneId && c.Type == contrat.Type && c.Id != contrat.Id
            && (c.Statut == StatutContrat.EnAttente || c.Statut == StatutContrat.Valide) && c.DateDebut <= fin && debut <= c.DateFin, ct);
        return chevauche ? $"Un autre {contrat.Type.LibelleCourt()} en attente ou validé couvre déjà une partie de ces dates." : null;
    }

    private async Task<ResultatAction> EnregistrerAsync(Contrat contrat, Parcours parcours, JeuRegles jeu, string action, string message, CancellationToken ct)
    {
        var autres = await db.Set<Contrat>().AsNoTracking().Where(c => c.ParcoursId == parcours.Id && c.Id != contrat.Id).ToListAsync(ct);
        RedactionContrat.Jalonner(parcours, [.. autres, contrat], jeu);
        // The new contract's id names it in the journal: the journal row follows it in the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
            audit.Enregistrer(action, nameof(Contrat), contrat.Id, message);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ResultatAction.Conflit;
        }
        db.ChangeTracker.Clear();
        return ResultatAction.Ok(message);
    }

    private bool PeutRediger(Parcours p) =>
        user.A(Role.AgentDepartemental) || (p.ReferentId is not null && p.ReferentId == user.Id)
        || user.Habilitations.Any(h => h.Role == Role.ResponsableStructure && h.StructureId == p.StructureId);

    private Task<Parcours?> ParcoursAsync(int personneId, CancellationToken ct) =>
        db.Set<Parcours>().Include(p => p.Personne)
            .Where(p => p.PersonneId == personneId && p.DateCloture == null && perimetre.Filtrer(db.Personnes).Any(x => x.Id == p.PersonneId))
            .FirstOrDefaultAsync(ct);

    private async Task<(Contrat?, Parcours?)> ContratAsync(int contratId, CancellationToken ct)
    {
        var contrat = await db.Set<Contrat>().Where(c => c.Id == contratId && perimetre.Filtrer(db.Personnes).Any(x => x.Id == c.PersonneId)).FirstOrDefaultAsync(ct);
        if (contrat is null) return (null, null);
        return (contrat, await db.Set<Parcours>().Include(p => p.Personne).FirstOrDefaultAsync(p => p.Id == contrat.ParcoursId, ct));
    }
}
