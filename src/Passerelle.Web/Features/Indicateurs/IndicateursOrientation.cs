using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Indicateurs;

/// <summary>A period of whole days, both ends included.</summary>
public sealed record Periode(DateOnly Du, DateOnly Au);

public sealed record StatDelai(int Effectif, double? MoyenneJours, double? MedianeJours, int DansLeDelai);

public sealed record StatSansReferent(DateOnly Date, int Total, int SansReferent, int DontOrientes);

public sealed record StatAbsence(int Absents, int Honores, int Excuses)
{
    public int Base => Absents + Honores + Excuses;
}

public sealed record StatReorientations(int EnAttente, int Validees, int Refusees)
{
    public int Total => EnAttente + Validees + Refusees;
}

/// <summary>
/// The indicators of the orientation capability (issue 4 §8), computed live by SQL aggregates within
/// a <see cref="Portee"/>. Each method's comment is its definition, word for word the one of
/// docs/indicators.md. No row is loaded into memory: a median reads only the one or two middle values.
/// </summary>
public sealed class IndicateursOrientation(AppDbContext db, HeureLegale heure)
{
    /// <summary>
    /// Nouveaux entrants: number of distinct persons with a rights-history event NouvelEntrant
    /// (first switch to right 2 while SDD) whose effect date lies in the period. Territoire: that of
    /// the person's current dossier. Stock loads (SituationInitiale) and retours are not entries.
    /// </summary>
    public Task<int> NouveauxEntrantsAsync(Periode periode, Portee portee, CancellationToken ct)
    {
        var historique = db.HistoriqueDroits.AsNoTracking()
            .Where(h => h.Evenement == EvenementDroit.NouvelEntrant && h.DateEffet >= periode.Du && h.DateEffet <= periode.Au);
        if (portee.Territoires is { } territoires)
            historique = historique.Where(h => h.Personne!.DossierCourant!.TerritoireId != null && territoires.Contains(h.Personne.DossierCourant.TerritoireId.Value));
        return historique.Select(h => h.PersonneId).Distinct().CountAsync(ct);
    }

    /// <summary>
    /// Délai entrée → orientation: over the parcours (open or closed) whose orientation date lies in
    /// the period, the days from the entry (clock start) to the orientation: mean, median, and the
    /// number oriented on or before their orientation deadline (rule set of their entry).
    /// </summary>
    public Task<StatDelai> DelaiEntreeOrientationAsync(Periode periode, Portee portee, CancellationToken ct)
    {
        var parcours = Parcours(portee).Where(p => p.DateOrientation >= periode.Du && p.DateOrientation <= periode.Au);
        return MesurerAsync(
            parcours.Select(p => p.DateOrientation!.Value.DayNumber - p.DateEntree.DayNumber),
            parcours.Where(p => p.DateOrientation <= p.EcheanceOrientation), ct);
    }

    /// <summary>
    /// Délai orientation → premier rendez-vous référent: over the parcours whose first appointment
    /// with the référent lies in the period, the days from the orientation to that appointment: mean,
    /// median, and the number held on or before their first-appointment deadline.
    /// </summary>
    public Task<StatDelai> DelaiPremierRdvAsync(Periode periode, Portee portee, CancellationToken ct)
    {
        var parcours = Parcours(portee).Where(p => p.DateOrientation != null && p.DatePremierRdvReferent >= periode.Du && p.DatePremierRdvReferent <= periode.Au);
        return MesurerAsync(
            parcours.Select(p => p.DatePremierRdvReferent!.Value.DayNumber - p.DateOrientation!.Value.DayNumber),
            parcours.Where(p => p.DatePremierRdvReferent <= p.EcheancePremierRdv), ct);
    }

    /// <summary>
    /// SDD sans référent at a date (the end of the period, or today if it is later): among the
    /// parcours open that day (entered on or before it, not closed or closed after it) — i.e. the
    /// SDD persons with an open right —, those with no référent designation open that day (started on
    /// or before it, not ended or ended after it); of which oriented on or before that day.
    /// </summary>
    public async Task<StatSansReferent> SansReferentAsync(DateOnly date, Portee portee, CancellationToken ct)
    {
        var ouverts = Parcours(portee).Where(p => p.DateEntree <= date && (p.DateCloture == null || p.DateCloture > date));
        var designations = db.Set<DesignationReferent>().Where(d => d.DateDebut <= date && (d.DateFin == null || d.DateFin > date));
        var sans = ouverts.Where(p => !designations.Any(d => d.ParcoursId == p.Id));
        return new StatSansReferent(date,
            await ouverts.CountAsync(ct),
            await sans.CountAsync(ct),
            await sans.CountAsync(p => p.DateOrientation != null && p.DateOrientation <= date, ct));
    }

    /// <summary>
    /// Absentéisme after an invitation (<paramref name="convocation"/> false: the person booked the
    /// appointment) or a convocation (true: the service fixed it): appointments starting in the period
    /// (Paris time), by status; rate = Absent / (Honoré + Absent + Excusé). Planned and revoked
    /// appointments are left out. Territoire: that of the person's current dossier.
    /// </summary>
    public async Task<StatAbsence> AbsenceAsync(Periode periode, bool convocation, Portee portee, CancellationToken ct)
    {
        var rendezVous = RendezVousDeLaPeriode(periode).AsNoTracking().Where(r => r.Convocation == convocation);
        if (portee.Territoires is { } territoires)
            rendezVous = rendezVous.Where(r => r.Personne!.DossierCourant!.TerritoireId != null && territoires.Contains(r.Personne.DossierCourant.TerritoireId.Value));
        var parStatut = await rendezVous.GroupBy(r => r.Statut).Select(g => new { Statut = g.Key, Nombre = g.Count() }).ToDictionaryAsync(g => g.Statut, g => g.Nombre, ct);
        return new StatAbsence(parStatut.GetValueOrDefault(StatutRendezVous.Absent), parStatut.GetValueOrDefault(StatutRendezVous.Honore),
            parStatut.GetValueOrDefault(StatutRendezVous.Excuse));
    }

    /// <summary>
    /// Réorientations: reorientation requests (decisions of origin Reorientation) made in the period
    /// (Paris time), by their status today: awaiting decision, accepted, rejected. Territoire: that of
    /// the parcours.
    /// </summary>
    public async Task<StatReorientations> ReorientationsAsync(Periode periode, Portee portee, CancellationToken ct)
    {
        var decisions = DecisionsDeLaPeriode(periode).AsNoTracking().Where(d => d.Origine == OrigineOrientation.Reorientation);
        if (portee.Territoires is { } territoires)
        {
            var parcours = Parcours(portee).Select(p => p.Id);
            decisions = decisions.Where(d => parcours.Contains(d.ParcoursId));
        }
        var parStatut = await decisions.GroupBy(d => d.Statut).Select(g => new { Statut = g.Key, Nombre = g.Count() }).ToDictionaryAsync(g => g.Statut, g => g.Nombre, ct);
        return new StatReorientations(parStatut.GetValueOrDefault(StatutDecision.Proposee), parStatut.GetValueOrDefault(StatutDecision.Validee),
            parStatut.GetValueOrDefault(StatutDecision.Refusee));
    }

    private IQueryable<Parcours> Parcours(Portee portee)
    {
        var parcours = db.Set<Parcours>().AsNoTracking();
        return portee.Territoires is { } territoires ? parcours.Where(p => p.TerritoireId != null && territoires.Contains(p.TerritoireId.Value)) : parcours;
    }

    /// <summary>Count, mean and median of delays in days: the median reads the one or two middle rows only.</summary>
    private static async Task<StatDelai> MesurerAsync(IQueryable<int> jours, IQueryable<Parcours> dansLeDelai, CancellationToken ct)
    {
        // One query after the other: the queries share the request's DbContext.
        var effectif = await jours.CountAsync(ct);
        var dans = await dansLeDelai.CountAsync(ct);
        if (effectif == 0) return new StatDelai(0, null, null, dans);
        var moyenne = await jours.Select(j => (double)j).AverageAsync(ct);
        var milieu = await jours.OrderBy(j => j).Skip((effectif - 1) / 2).Take(effectif % 2 == 0 ? 2 : 1).ToListAsync(ct);
        return new StatDelai(effectif, moyenne, milieu.Average(), dans);
    }

    private IQueryable<RendezVous> RendezVousDeLaPeriode(Periode periode)
    {
        var (debut, fin) = Bornes(periode);
        return db.Set<RendezVous>().Where(r => r.Debut >= debut && r.Debut < fin);
    }

    private IQueryable<DecisionOrientation> DecisionsDeLaPeriode(Periode periode)
    {
        var (debut, fin) = Bornes(periode);
        return db.Set<DecisionOrientation>().Where(d => d.ProposeeLe >= debut && d.ProposeeLe < fin);
    }

    /// <summary>From the first day's midnight to the midnight after the last day, in the département's legal time, as UTC instants.</summary>
    private (DateTime Debut, DateTime Fin) Bornes(Periode periode) =>
        (heure.DebutDuJourUtc(periode.Du), heure.DebutDuJourUtc(periode.Au.AddDays(1)));
}
