using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Referents.Transfert;

/// <summary>
/// Moves persons followed by a référent in one structure to other active référents of that same structure,
/// by the structure's head (or an agent départemental, within their scope). Each person changes référent
/// through <see cref="ServiceOrientation.ChangerReferentAsync"/> (scope, version, state machine, history,
/// audit), all in one transaction: if any person cannot move, nobody does, and the answer lists each
/// blocked person with the reason. The persons are notified of their new référent once it is committed.
/// </summary>
public sealed class ServiceTransfert(AppDbContext db, ServiceOrientation orientation, AuditJournal audit, CurrentUser user)
{
    /// <summary>The structure's head, or an agent départemental (who moves only the persons of their scope).</summary>
    public bool PeutTransferer(int structureId) =>
        user.A(Role.AgentDepartemental) || user.Habilitations.Any(h => h.Role == Role.ResponsableStructure && h.StructureId == structureId);

    public async Task<ResultatTransfert> TransfererAsync(SaisieTransfert saisie, CancellationToken ct)
    {
        if (!PeutTransferer(saisie.StructureId))
            return ResultatTransfert.Refuse("Seul le responsable de la structure peut transférer le portefeuille d'un de ses référents.");
        if (saisie.Affectations is not { Count: > 0 }) return ResultatTransfert.Refuse("Choisissez au moins une personne à transférer.");
        if (saisie.Affectations.Select(a => a.PersonneId).Distinct().Count() != saisie.Affectations.Count) return ResultatTransfert.Refuse("Une personne figure deux fois dans le transfert.");
        var destinataires = saisie.Affectations.Select(a => a.ReferentId).Distinct().ToList();
        if (destinataires.Contains(saisie.ReferentSortantId)) return ResultatTransfert.Refuse("Une personne ne peut être transférée au référent qu'elle quitte.");
        var actifs = await db.Habilitations.AsNoTracking()
            .Where(h => h.Role == Role.Referent && h.StructureId == saisie.StructureId && destinataires.Contains(h.UtilisateurId) && db.UtilisateursDuDepartement().Any(u => u.Id == h.UtilisateurId && u.Actif))
            .Select(h => h.UtilisateurId).Distinct().ToListAsync(ct);
        if (destinataires.Except(actifs).Any()) return ResultatTransfert.Refuse("Les personnes ne peuvent être confiées qu'à des référents actifs de la même structure.");

        var ids = saisie.Affectations.Select(a => a.PersonneId).ToList();
        var suivies = await db.Set<DesignationReferent>().AsNoTracking()
            .Where(d => d.DateFin == null && d.ReferentId == saisie.ReferentSortantId && d.StructureId == saisie.StructureId && ids.Contains(d.PersonneId))
            .Join(db.Set<Parcours>().Where(p => p.DateCloture == null), d => d.ParcoursId, p => p.Id, (d, p) => new { d.PersonneId, ParcoursId = p.Id, p.Version, p.Personne!.Nom, p.Personne.Prenoms })
            .ToDictionaryAsync(s => s.PersonneId, ct);
        var refus = saisie.Affectations.Where(a => !suivies.ContainsKey(a.PersonneId))
            .Select(a => new RefusTransfert(a.PersonneId, $"Personne n° {a.PersonneId}", "n'est pas suivie par ce référent dans cette structure.")).ToList();
        if (refus.Count > 0) return ResultatTransfert.Refuse("Aucune personne n'a été transférée.", refus);

        var motifFin = $"Transfert de portefeuille ({saisie.Motif.Libelle()})";
        var designations = new List<int>();
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            foreach (var a in saisie.Affectations)
            {
                var s = suivies[a.PersonneId];
                var (resultat, designation) = await orientation.ChangerReferentAsync(s.ParcoursId, s.Version, saisie.StructureId, a.ReferentId, null, motifFin, ct);
                if (designation is int d) designations.Add(d);
                else refus.Add(new RefusTransfert(a.PersonneId, $"{s.Nom} {s.Prenoms}", resultat.Message));
                // A conflict aborts the transaction (PostgreSQL): the next persons could not be written anyway.
                if (resultat == Platform.ResultatAction.Conflit) break;
            }
            if (refus.Count > 0)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return ResultatTransfert.Refuse("Aucune personne n'a été transférée.", refus);
            }
            var noms = await db.Users.AsNoTracking().Where(u => u.Id == saisie.ReferentSortantId || destinataires.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => $"{u.Nom.ToUpperInvariant()} {u.Prenom}", ct);
            audit.Enregistrer(ActionsReferents.Transfert, nameof(DesignationReferent), saisie.StructureId,
                $"Portefeuille de {noms.GetValueOrDefault(saisie.ReferentSortantId)} ({saisie.Motif.Libelle()}) : "
                + string.Join(", ", destinataires.Select(d => $"{saisie.Affectations.Count(a => a.ReferentId == d)} à {noms.GetValueOrDefault(d)}")));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        // After the commit, as a single designation does: a failed delivery shows on the person's page and never undoes the transfer.
        foreach (var d in designations) await orientation.NotifierDesignationAsync(d, ct);
        return new ResultatTransfert(true, $"{designations.Count} personne{(designations.Count > 1 ? "s ont été transférées" : " a été transférée")} ({saisie.Motif.Libelle()}).", []);
    }
}

/// <summary>Audit journal action names of the référents.</summary>
public static class ActionsReferents
{
    public const string Transfert = "portefeuille-transfert";
}
