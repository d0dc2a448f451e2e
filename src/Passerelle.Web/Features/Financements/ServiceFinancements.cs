using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Financements;

/// <summary>Audit journal actions of the funding.</summary>
public static class ActionsFinancements
{
    public const string Ajout = "financement-ajout";
    public const string Modification = "financement-modification";
    public const string Suppression = "financement-suppression";
    public const string SaisieFse = "fse-participant-saisie";
    public const string ExportFse = "fse-export-operation";
}

/// <summary>
/// The département's writing of an action's funding lines: who may (<see cref="AccesFinancements"/>), the rules
/// (<see cref="ReglesFinancement"/>), the version of the line changed, one audit entry saved with each change.
/// </summary>
public sealed class ServiceFinancements(AppDbContext db, AccesFinancements acces, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public static readonly ResultatAction Conflit =
        ResultatAction.Refus("Cette ligne de financement vient d'être modifiée par quelqu'un d'autre : rechargez la page, puis recommencez.");

    public static readonly ResultatAction ActionIntrouvable = ResultatAction.Refus("Cette action n'existe pas.");

    private static readonly ResultatAction Introuvable = ResultatAction.Refus("Cette ligne de financement n'existe pas.");

    private string Auteur => user.NomComplet ?? user.Email ?? "système";

    /// <returns>The result and the new line's id when saved.</returns>
    public async Task<(ResultatAction Resultat, int? Id)> AjouterAsync(int actionId, SaisieFinancement saisie, CancellationToken ct)
    {
        if (!acces.PeutEcrire) return (AccesFinancements.Refus, null);
        var action = await db.Set<ActionInsertion>().Where(a => a.Id == actionId).Select(a => a.Nom).FirstOrDefaultAsync(ct);
        if (action is null) return (ActionIntrouvable, null);
        var (lue, erreur) = ReglesFinancement.Lire(saisie);
        if (lue is null) return (ResultatAction.Refus(erreur!), null);
        var ligne = new FinancementAction { ActionInsertionId = actionId, ModifiePar = Auteur };
        Remplir(ligne, lue);
        db.Add(ligne);
        audit.Enregistrer(ActionsFinancements.Ajout, nameof(FinancementAction), actionId, $"« {action} » : {Decrire(lue)}");
        var resultat = await db.SauverActionAsync("Ligne de financement ajoutée.", Conflit, ct);
        return (resultat, resultat.Reussi ? ligne.Id : null);
    }

    public async Task<ResultatAction> ModifierAsync(int actionId, int id, int version, SaisieFinancement saisie, CancellationToken ct)
    {
        if (!acces.PeutEcrire) return AccesFinancements.Refus;
        if (await db.Set<FinancementAction>().FirstOrDefaultAsync(l => l.Id == id && l.ActionInsertionId == actionId, ct) is not { } ligne) return Introuvable;
        var (lue, erreur) = ReglesFinancement.Lire(saisie);
        if (lue is null) return db.Abandonner(ResultatAction.Refus(erreur!));
        db.Entry(ligne).Property(l => l.Version).OriginalValue = version;
        Remplir(ligne, lue);
        audit.Enregistrer(ActionsFinancements.Modification, nameof(FinancementAction), id, Decrire(lue));
        return await db.SauverActionAsync("Ligne de financement modifiée.", Conflit, ct);
    }

    public async Task<ResultatAction> SupprimerAsync(int actionId, int id, int version, CancellationToken ct)
    {
        if (!acces.PeutEcrire) return AccesFinancements.Refus;
        if (await db.Set<FinancementAction>().FirstOrDefaultAsync(l => l.Id == id && l.ActionInsertionId == actionId, ct) is not { } ligne) return Introuvable;
        db.Entry(ligne).Property(l => l.Version).OriginalValue = version;
        db.Remove(ligne);
        audit.Enregistrer(ActionsFinancements.Suppression, nameof(FinancementAction), id,
            $"{ligne.Financeur} {ligne.Debut:yyyy-MM-dd} → {ligne.Fin:yyyy-MM-dd}, voté {ligne.MontantVote}");
        return await db.SauverActionAsync("Ligne de financement supprimée.", Conflit, ct);
    }

    private void Remplir(FinancementAction l, FinancementLu lue)
    {
        (l.Financeur, l.Debut, l.Fin, l.MontantVote, l.MontantEngage, l.MontantPaye) = (lue.Financeur, lue.Debut, lue.Fin, lue.Vote, lue.Engage, lue.Paye);
        (l.Convention, l.ProgrammeFse, l.OperationFse, l.Objet) = (lue.Convention, lue.ProgrammeFse, lue.OperationFse, lue.Objet);
        (l.ModifieLe, l.ModifiePar) = (heure.MaintenantUtc, Auteur);
    }

    private static string Decrire(FinancementLu l) =>
        $"{l.Financeur}{(l.OperationFse is { } o ? $" opération {o}" : "")} {l.Debut:yyyy-MM-dd} → {l.Fin:yyyy-MM-dd} : voté {l.Vote}, engagé {l.Engage}, payé {l.Paye}";
}
