using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Prescriptions;

/// <summary>
/// The operator's mail about prescriptions, and the expiry clock (<see cref="ReglesPrescriptions"/>): a new
/// prescription is announced, one unanswered after the reminder delay is recalled once, one unanswered after the
/// expiry delay expires (the référent sees it on the person page and prescribes elsewhere). The mail names the
/// action only, never the person: whoever reads the operator's mailbox learns nothing of them. Each row is marked
/// before its mail leaves, so that two instances do not send it twice; a failed delivery is logged, not retried
/// (the queue in Passerelle shows the same).
/// </summary>
public sealed class RelancesPrescriptions(AppDbContext db, EnvoiEmail email, HeureLegale heure, IConfiguration configuration, ILogger<RelancesPrescriptions> log) : ITachePeriodique
{
    public async Task<string?> ExecuterAsync(CancellationToken ct)
    {
        var maintenant = heure.MaintenantUtc;
        var regles = await ReglesPrescriptions.EnVigueurAsync(db, ct);
        var expirees = await db.Set<Prescription>()
            .Where(p => p.Statut == StatutPrescription.Envoyee && p.PrescriteLe <= maintenant.AddDays(-regles.ExpirationJours))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Statut, StatutPrescription.Expiree).SetProperty(p => p.CloseLe, maintenant).SetProperty(p => p.Version, p => p.Version + 1), ct);
        var nouvelles = await AvertirAsync(db.Set<Prescription>().Where(p => p.OperateurAvertiLe == null && p.Statut == StatutPrescription.Envoyee),
            relance: false, maintenant, "Nouvelle prescription", "attend votre réponse", ct);
        var relances = await AvertirAsync(db.Set<Prescription>().Where(p => p.RelanceeLe == null && p.Statut == StatutPrescription.Envoyee && p.PrescriteLe <= maintenant.AddDays(-regles.RelanceJours)),
            relance: true, maintenant, "Relance : prescription sans réponse", $"attend votre réponse depuis plus de {regles.RelanceJours} jours ; sans réponse, elle expirera {regles.ExpirationJours} jours après son envoi", ct);
        return nouvelles + relances + expirees == 0 ? null : $"{nouvelles} prescription(s) annoncée(s), {relances} relance(s), {expirees} expirée(s).";
    }

    private async Task<int> AvertirAsync(IQueryable<Prescription> aAvertir, bool relance, DateTime maintenant,
        string objet, string etat, CancellationToken ct)
    {
        var lignes = await aAvertir.Select(p => new { p.Id, p.StructureId, p.ActionInsertionId }).ToListAsync(ct);
        if (lignes.Count == 0) return 0;
        var code = await db.CodeDepartementAsync(ct);
        var avertis = 0;
        foreach (var action in lignes.GroupBy(l => (l.StructureId, l.ActionInsertionId)))
        {
            var ids = action.Select(l => l.Id).ToList();
            var memes = db.Set<Prescription>().Where(p => ids.Contains(p.Id));
            var pris = relance
                ? await memes.Where(p => p.RelanceeLe == null).ExecuteUpdateAsync(s => s.SetProperty(p => p.RelanceeLe, maintenant), ct)
                : await memes.Where(p => p.OperateurAvertiLe == null).ExecuteUpdateAsync(s => s.SetProperty(p => p.OperateurAvertiLe, maintenant), ct);
            if (pris == 0) continue;
            avertis += pris;
            var fiche = await db.Set<ActionInsertion>().Where(a => a.Id == action.Key.ActionInsertionId).Select(a => new { a.Nom, a.Courriel }).SingleAsync(ct);
            var (nom, destinataires) = (fiche.Nom, await DestinatairesAsync(action.Key.StructureId, fiche.Courriel, ct));
            var corps = $"Bonjour,\n\n{(pris == 1 ? "Une prescription" : $"{pris} prescriptions")} vers l'action « {nom} » {etat}.\n\n"
                + $"Consultez-la dans Passerelle : {Racine()}/prescriptions\n\nCe message ne contient aucune donnée sur la personne : elles ne sont lisibles que dans Passerelle.";
            foreach (var destinataire in destinataires)
            {
                var remise = await email.EnvoyerAsync(code, "Passerelle", destinataire, $"{objet} — {nom}", corps, ct);
                if (!remise.Reussie) log.LogWarning("Avis de prescription non remis pour l'action {Action} : {Erreur}", action.Key.ActionInsertionId, remise.Erreur);
            }
        }
        return avertis;
    }

    /// <summary>The active operators of the structure; without any, the contact address of the action.</summary>
    private async Task<IReadOnlyList<string>> DestinatairesAsync(int structureId, string? courrielAction, CancellationToken ct)
    {
        var operateurs = await db.Set<Habilitation>().Where(h => h.Role == Role.Operateur && h.StructureId == structureId)
            .Join(db.Users.OfType<Utilisateur>().Where(u => u.Actif && u.Email != null), h => h.UtilisateurId, u => u.Id, (h, u) => u.Email!)
            .Distinct().ToListAsync(ct);
        return operateurs.Count > 0 ? operateurs : courrielAction is { Length: > 0 } c ? [c] : [];
    }

    private string Racine() => AdressePublique.Racine(configuration);
}
