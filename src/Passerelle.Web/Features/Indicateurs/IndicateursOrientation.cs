using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Indicateurs.Mouvements;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Indicateurs;

/// <summary>A period of whole days, both ends included.</summary>
public sealed record Periode(DateOnly Du, DateOnly Au);

public sealed record StatDelai(int Effectif, double? MoyenneJours, double? MedianeJours, int DansLeDelai)
{
    /// <summary>Count, mean, median (the middle value, or the mean of the two middle values) and number within the deadline, from the delays' histogram.</summary>
    public static StatDelai Mesurer(IReadOnlyCollection<ClasseDelai> classes)
    {
        var effectif = classes.Sum(c => c.Nombre);
        var dans = classes.Where(c => c.DansLeDelai).Sum(c => c.Nombre);
        if (effectif == 0) return new(0, null, null, dans);
        var parJours = classes.GroupBy(c => c.Jours, c => c.Nombre).Select(g => (Jours: g.Key, Nombre: g.Sum())).OrderBy(c => c.Jours).ToList();
        int Rang(int rang)
        {
            var (i, cumul) = (0, parJours[0].Nombre);
            while (cumul < rang) cumul += parJours[++i].Nombre;
            return parJours[i].Jours;
        }
        var mediane = effectif % 2 == 1 ? Rang(effectif / 2 + 1) : (Rang(effectif / 2) + Rang(effectif / 2 + 1)) / 2.0;
        return new(effectif, (double)parJours.Sum(c => (long)c.Jours * c.Nombre) / effectif, mediane, dans);
    }
}

/// <summary>How many of a population have this delay in days, within their deadline or not.</summary>
public sealed record ClasseDelai(int Jours, bool DansLeDelai, int Nombre);

public sealed record StatSansReferent(DateOnly Date, int Total, int SansReferent, int DontOrientes);

public sealed record StatAbsence(int Absents, int Honores, int Excuses)
{
    public int Base => Absents + Honores + Excuses;
}

/// <summary>A population and one part of it (oriented and contracted…).</summary>
public sealed record StatPartie(int Total, int Partie);

public sealed record StatReorientations(int EnAttente, int Validees, int Refusees)
{
    public int Total => EnAttente + Validees + Refusees;
}

/// <summary>
/// The indicators of the orientation capability (issue 4 §8) within a <see cref="Portee"/>. Each
/// method's comment is its definition, word for word the one of docs/indicators.md. Figures over the
/// events of a period are computed at each request by one grouped query on an index of the event's date
/// (a delay's median comes from the histogram of delays); the stock without référent at a date is read
/// from daily movements (<see cref="LectureMouvements"/>, docs/decisions/0008).
/// </summary>
public sealed class IndicateursOrientation(AppDbContext db, LectureMouvements mouvements, HeureLegale heure)
{
    /// <summary>
    /// Nouveaux entrants: number of distinct persons with a rights-history event NouvelEntrant
    /// (first switch to right 2 while SDD) whose effect date lies in the period. Territoire: that of
    /// the person's current dossier. Stock loads (SituationInitiale) and retours are not entries.
    /// </summary>
    public Task<int> NouveauxEntrantsAsync(Periode periode, Portee portee, CancellationToken ct)
    {
        var entrants = db.HistoriqueDroits.AsNoTracking()
            .Where(h => h.Evenement == EvenementDroit.NouvelEntrant && h.DateEffet >= periode.Du && h.DateEffet <= periode.Au)
            .Select(h => h.PersonneId).Distinct();
        if (portee.Territoires is { } territoires) entrants = entrants.Where(id => PersonnesDes(territoires).Contains(id));
        return entrants.CountAsync(ct);
    }

    /// <summary>
    /// Délai entrée → orientation: over the parcours (open or closed) whose orientation date lies in
    /// the period, the days from the entry (clock start) to the orientation: mean, median, and the
    /// number oriented on or before their orientation deadline (rule set of their entry).
    /// </summary>
    public Task<StatDelai> DelaiEntreeOrientationAsync(Periode periode, Portee portee, CancellationToken ct)
    {
        var parcours = Parcours(portee).Where(p => p.DateOrientation >= periode.Du && p.DateOrientation <= periode.Au);
        return MesurerAsync(parcours.GroupBy(p => new { Jours = p.DateOrientation!.Value.DayNumber - p.DateEntree.DayNumber, Dans = p.DateOrientation <= p.EcheanceOrientation })
            .Select(g => new ClasseDelai(g.Key.Jours, g.Key.Dans, g.Count())), ct);
    }

    /// <summary>
    /// Délai orientation → premier rendez-vous référent: over the parcours whose first appointment
    /// with the référent lies in the period, the days from the orientation to that appointment: mean,
    /// median, and the number held on or before their first-appointment deadline.
    /// </summary>
    public Task<StatDelai> DelaiPremierRdvAsync(Periode periode, Portee portee, CancellationToken ct)
    {
        var parcours = Parcours(portee).Where(p => p.DateOrientation != null && p.DatePremierRdvReferent >= periode.Du && p.DatePremierRdvReferent <= periode.Au);
        return MesurerAsync(parcours.GroupBy(p => new { Jours = p.DatePremierRdvReferent!.Value.DayNumber - p.DateOrientation!.Value.DayNumber, Dans = p.DatePremierRdvReferent <= p.EcheancePremierRdv })
            .Select(g => new ClasseDelai(g.Key.Jours, g.Key.Dans, g.Count())), ct);
    }

    /// <summary>
    /// Délai orientation → contrat (délai de contractualisation): over the parcours whose contract
    /// milestone (signature date of the first contract in force: CER validated, PPAE or contrat
    /// d'engagement recorded) lies in the period, the days from the orientation to it: mean, median,
    /// and the number signed on or before their contract deadline.
    /// </summary>
    public Task<StatDelai> DelaiContratAsync(Periode periode, Portee portee, CancellationToken ct)
    {
        var parcours = Parcours(portee).Where(p => p.DateOrientation != null && p.DateContrat >= periode.Du && p.DateContrat <= periode.Au);
        return MesurerAsync(parcours.GroupBy(p => new { Jours = p.DateContrat!.Value.DayNumber - p.DateOrientation!.Value.DayNumber, Dans = p.DateContrat <= p.EcheanceContrat })
            .Select(g => new ClasseDelai(g.Key.Jours, g.Key.Dans, g.Count())), ct);
    }

    /// <summary>
    /// Taux de contractualisation: among the parcours (open or closed) oriented in the period, those
    /// with a contract milestone today; rate = contracted / oriented.
    /// </summary>
    public async Task<StatPartie> ContractualisationAsync(Periode periode, Portee portee, CancellationToken ct)
    {
        var comptes = await Parcours(portee).Where(p => p.DateOrientation >= periode.Du && p.DateOrientation <= periode.Au)
            .GroupBy(p => p.DateContrat != null).Select(g => new { Contrat = g.Key, Nombre = g.Count() }).ToListAsync(ct);
        return new StatPartie(comptes.Sum(c => c.Nombre), comptes.Where(c => c.Contrat).Sum(c => c.Nombre));
    }

    /// <summary>
    /// SDD sans référent at a date (the end of the period, or today if it is later): among the
    /// parcours open that day (entered on or before it, not closed or closed after it) — i.e. the
    /// SDD persons with an open right —, those with no référent designation open that day (started on
    /// or before it, not ended or ended after it); of which oriented on or before that day.
    /// </summary>
    public async Task<StatSansReferent> SansReferentAsync(DateOnly date, Portee portee, CancellationToken ct)
    {
        var stock = await mouvements.StockAsync(date, portee.Territoires, ct);
        return new StatSansReferent(date, stock.Ouverts, stock.SansReferent, stock.SansReferentOrientes);
    }

    /// <summary>
    /// Absentéisme after an invitation (the person booked the appointment) and after a convocation
    /// (the service fixed it): appointments starting in the period (Paris time), by status; rate =
    /// Absent / (Honoré + Absent + Excusé). Planned and revoked appointments are left out.
    /// Territoire: that of the person's current dossier.
    /// </summary>
    public async Task<(StatAbsence Invitation, StatAbsence Convocation)> AbsenceAsync(Periode periode, Portee portee, CancellationToken ct)
    {
        var rendezVous = RendezVousDeLaPeriode(periode).AsNoTracking();
        var comptes = await (portee.Territoires is { } territoires
            ? rendezVous.GroupBy(r => new { r.PersonneId, r.Convocation, r.Statut }).Select(g => new { g.Key.PersonneId, g.Key.Convocation, g.Key.Statut, Nombre = g.Count() })
                .Where(c => PersonnesDes(territoires).Contains(c.PersonneId))
                .GroupBy(c => new { c.Convocation, c.Statut }).Select(g => new CompteStatut(g.Key.Convocation, g.Key.Statut, g.Sum(c => c.Nombre)))
            : rendezVous.GroupBy(r => new { r.Convocation, r.Statut }).Select(g => new CompteStatut(g.Key.Convocation, g.Key.Statut, g.Count()))).ToListAsync(ct);
        StatAbsence Pour(bool convocation)
        {
            int Nombre(StatutRendezVous statut) => comptes.Where(c => c.Convocation == convocation && c.Statut == statut).Sum(c => c.Nombre);
            return new StatAbsence(Nombre(StatutRendezVous.Absent), Nombre(StatutRendezVous.Honore), Nombre(StatutRendezVous.Excuse));
        }
        return (Pour(false), Pour(true));
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

    /// <summary>
    /// The persons whose current dossier is in these territoires, as a set that the period's rows, already
    /// grouped by person, are checked against: built once from the dossiers' territoire index, it spares a
    /// lookup of each row's person and dossier (PostgreSQL underestimates a territoire's dossiers and
    /// would otherwise probe the rows person by person).
    /// </summary>
    private IQueryable<int> PersonnesDes(IReadOnlyCollection<int> territoires) =>
        db.Personnes.Where(p => p.DossierCourant!.TerritoireId != null && territoires.Contains(p.DossierCourant.TerritoireId.Value)).Select(p => p.Id);

    private sealed record CompteStatut(bool Convocation, StatutRendezVous Statut, int Nombre);

    private IQueryable<Parcours> Parcours(Portee portee)
    {
        var parcours = db.DuRsa().AsNoTracking();
        return portee.Territoires is { } territoires ? parcours.Where(p => p.TerritoireId != null && territoires.Contains(p.TerritoireId.Value)) : parcours;
    }

    private static async Task<StatDelai> MesurerAsync(IQueryable<ClasseDelai> histogramme, CancellationToken ct) =>
        StatDelai.Mesurer(await histogramme.ToListAsync(ct));

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
