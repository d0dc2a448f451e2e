using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Orientation;

/// <summary>
/// One state change of an open parcours, checked in the order of decision 0006: the parcours is in
/// the user's scope, the user's role may act, nobody changed it since the page was shown (version),
/// the state machine allows the action, then the caller's business rules; applied, audited and
/// saved in one transaction. Every feature that moves a parcours (orientation, exit…) goes through it.
/// </summary>
public sealed class TransitionVerifiee(PerimetreDossiers perimetreDossiers, AppDbContext db, ReglesEnVigueur regles, AuditJournal audit)
{
    public async Task<ResultatAction> AppliquerAsync(int parcoursId, int version, ActionParcours action, bool roleAutorise,
        Func<Parcours, JeuRegles, Task<ResultatAction>> decision, CancellationToken ct)
    {
        var perimetre = perimetreDossiers;
        var parcours = await db.Set<Parcours>().Include(p => p.Personne)
            .Where(p => p.Id == parcoursId && p.DateCloture == null && perimetre.Filtrer(db.Personnes).Any(x => x.Id == p.PersonneId))
            .FirstOrDefaultAsync(ct);
        if (parcours is null) return ResultatAction.HorsPerimetre;
        if (!roleAutorise) return ResultatAction.Refus($"Votre rôle ne permet pas de {TransitionsParcours.Libelle(action)}.");
        if (parcours.Version != version) return ResultatAction.Conflit;
        if (!TransitionsParcours.EstPermise(parcours.Etape, action)) return ResultatAction.Refus(TransitionsParcours.Refus(parcours.Etape, action));
        var jeu = await regles.ParCodeAsync(parcours.CodeRegles, parcours.DateEntree, ct);
        // A caller holding its own transaction (a portefeuille transfer, all or nothing) commits or rolls back the whole.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var resultat = await decision(parcours, jeu);
        if (!resultat.Reussi)
        {
            db.ChangeTracker.Clear();
            return resultat;
        }
        parcours.Appliquer(action);
        parcours.CalculerEcheances(jeu);
        audit.Enregistrer(ActionsOrientation.Pour(action), nameof(Parcours), parcours.Id, resultat.Message);
        try
        {
            await db.SaveChangesAsync(ct);
            if (transaction is not null) await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another agent saved first (version) or opened the same designation (unique index).
            db.ChangeTracker.Clear();
            return ResultatAction.Conflit;
        }
        db.ChangeTracker.Clear();
        return resultat;
    }
}
