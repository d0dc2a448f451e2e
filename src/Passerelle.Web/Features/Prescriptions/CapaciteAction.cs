using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Offre;

namespace Passerelle.Web.Features.Prescriptions;

/// <param name="Places">The places funded over the periods that include the day; null when none is entered (no limit known).</param>
/// <param name="Occupees">Participants in the action that day (entered, not yet out).</param>
/// <param name="Promises">Accepted prescriptions whose person has not entered yet: places promised.</param>
public sealed record Capacite(int? Places, int Occupees, int Promises)
{
    public int? Libres => Places is int p ? Math.Max(0, p - Occupees - Promises) : null;

    /// <summary>No place left for one more person: the places are funded and all taken or promised.</summary>
    public bool Complete => Places is int p && Occupees + Promises >= p;

    /// <summary>Entering one more person would go beyond the funded places.</summary>
    public bool EntreeAuDela => Places is int p && Occupees >= p;
}

/// <summary>
/// The places of an action on a day against the persons who take them: a participant takes a place from the day
/// they enter to the day they leave, both included. The same count is the numerator of the occupancy rate.
/// </summary>
public sealed class CapaciteAction(AppDbContext db) : IOccupationActions
{
    public async Task<Capacite> PourAsync(int actionId, DateOnly jour, CancellationToken ct)
    {
        var places = await db.Set<PlacesFinancees>().Where(p => p.ActionInsertionId == actionId && p.Debut <= jour && p.Fin >= jour).SumAsync(p => (int?)p.Places, ct);
        var prescriptions = db.Set<Prescription>().Where(p => p.ActionInsertionId == actionId);
        var occupees = await Presentes(prescriptions, jour).CountAsync(ct);
        var promises = await prescriptions.CountAsync(p => p.Statut == StatutPrescription.Acceptee, ct);
        return new Capacite(places, occupees, promises);
    }

    public async Task<IReadOnlyDictionary<int, int>> OccupeesAsync(IReadOnlyCollection<int> actions, DateOnly jour, CancellationToken ct) =>
        await Presentes(db.Set<Prescription>().Where(p => actions.Contains(p.ActionInsertionId)), jour)
            .Concat(db.Set<Prescription>().Where(p => actions.Contains(p.ActionInsertionId) && p.Statut == StatutPrescription.Acceptee))
            .GroupBy(p => p.ActionInsertionId).Select(g => new { g.Key, Nombre = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Nombre, ct);

    private static IQueryable<Prescription> Presentes(IQueryable<Prescription> prescriptions, DateOnly jour) =>
        prescriptions.Where(p => (p.Statut == StatutPrescription.EnCours || p.Statut == StatutPrescription.Terminee)
            && p.DateEntree <= jour && (p.DateSortie == null || p.DateSortie >= jour));
}
