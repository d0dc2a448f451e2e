using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Prescriptions;

public sealed record LignePresence(int PrescriptionId, string Nom, string Prenoms, DateOnly Entree, StatutPresence? Statut);

/// <summary>
/// The attendance sheet of one action on one day, filled at once by the operator: every participant in the action
/// that day (entered on or before it, not out before it). Saved whole or not at all; a day in the future is refused.
/// </summary>
public sealed class FeuillePresence(AppDbContext db, AccesPrescriptions acces, AuditJournal audit, HeureLegale heure)
{
    public async Task<IReadOnlyList<LignePresence>?> ChargerAsync(int actionId, DateOnly jour, CancellationToken ct)
    {
        if (!await ActionOpereeAsync(actionId, ct)) return null;
        var lignes = await Participants(actionId, jour)
            .Select(p => new { p.Id, p.Partage, Entree = p.DateEntree!.Value, Statut = p.Presences.Where(x => x.Date == jour).Select(x => (StatutPresence?)x.Statut).FirstOrDefault() })
            .ToListAsync(ct);
        return [.. lignes.Select(l => new LignePresence(l.Id, l.Partage.Nom, l.Partage.Prenoms, l.Entree, l.Statut)).OrderBy(l => l.Nom).ThenBy(l => l.Prenoms)];
    }

    public async Task<ResultatAction> EnregistrerAsync(int actionId, DateOnly jour, IReadOnlyDictionary<int, StatutPresence> saisie, CancellationToken ct)
    {
        if (!await ActionOpereeAsync(actionId, ct)) return ResultatAction.Refus("Cette action n'est pas opérée par votre structure.");
        if (jour > heure.Aujourdhui) return ResultatAction.Refus("On ne pointe pas les présences d'un jour à venir.");
        var participants = await Participants(actionId, jour).Include(p => p.Presences.Where(x => x.Date == jour)).ToListAsync(ct);
        var inconnus = saisie.Keys.Except(participants.Select(p => p.Id)).ToList();
        if (inconnus.Count > 0) return ResultatAction.Refus($"{inconnus.Count} ligne(s) ne correspondent pas à un participant de l'action ce jour-là : rechargez la feuille.");
        if (saisie.Values.Any(s => !Enum.IsDefined(s))) return ResultatAction.Refus("Une présence n'est pas valide : présent, absent ou absence justifiée.");
        foreach (var participant in participants.Where(p => saisie.ContainsKey(p.Id)))
        {
            var statut = saisie[participant.Id];
            if (participant.Presences.FirstOrDefault() is { } presence) presence.Statut = statut;
            else participant.Presences.Add(new PresenceAction { Date = jour, Statut = statut });
        }
        audit.Enregistrer("presences-action", "ActionInsertion", actionId, $"{jour:yyyy-MM-dd} : {saisie.Count} ligne(s)");
        return await db.SauverActionAsync($"Présences du {jour:dd/MM/yyyy} enregistrées ({saisie.Count} participant(s)).", ResultatAction.Conflit, ct);
    }

    private IQueryable<Prescription> Participants(int actionId, DateOnly jour) =>
        db.Set<Prescription>().Where(p => p.ActionInsertionId == actionId && (p.Statut == StatutPrescription.EnCours || p.Statut == StatutPrescription.Terminee)
            && p.DateEntree <= jour && (p.DateSortie == null || p.DateSortie >= jour));

    private async Task<bool> ActionOpereeAsync(int actionId, CancellationToken ct)
    {
        var structures = acces.StructuresOperees;
        return await db.Set<Offre.ActionInsertion>().AnyAsync(a => a.Id == actionId && structures.Contains(a.StructureId), ct);
    }
}
