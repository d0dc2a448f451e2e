using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Indicateurs.Mouvements;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Indicateurs.Secret;

/// <summary>
/// The cells of each orientation indicator, by month and territoire, over the whole département: what
/// <see cref="SecretStatistique"/> decides on. The figures shown stay those of <see cref="IndicateursOrientation"/>;
/// these counts follow the same definitions (docs/indicators.md), only cut finer.
/// </summary>
public sealed class EffectifsOrientation(AppDbContext db, LectureMouvements mouvements, HeureLegale heure)
{
    public async Task<Effectifs> NouveauxEntrantsAsync(Periode periode, CancellationToken ct) =>
        new((await db.HistoriqueDroits.AsNoTracking()
                .Where(h => h.Evenement == EvenementDroit.NouvelEntrant && h.DateEffet >= periode.Du && h.DateEffet <= periode.Au)
                .GroupBy(h => new { h.DateEffet.Year, h.DateEffet.Month, h.Personne!.DossierCourant!.TerritoireId })
                .Select(g => new { g.Key.Year, g.Key.Month, g.Key.TerritoireId, Nombre = g.Select(h => h.PersonneId).Distinct().Count() })
                .ToListAsync(ct))
            .Select(l => (Effectifs.Mois(l.Year, l.Month), l.TerritoireId, l.Nombre)));

    public Task<(Effectifs Effectif, Effectifs DansLeDelai)> DelaiEntreeOrientationAsync(Periode periode, CancellationToken ct) =>
        DelaiAsync(db.DuRsa().Where(p => p.DateOrientation >= periode.Du && p.DateOrientation <= periode.Au)
            .Select(p => new EvenementDelai { Jour = p.DateOrientation!.Value, Dans = p.DateOrientation <= p.EcheanceOrientation, TerritoireId = p.TerritoireId }), ct);

    public Task<(Effectifs Effectif, Effectifs DansLeDelai)> DelaiPremierRdvAsync(Periode periode, CancellationToken ct) =>
        DelaiAsync(db.DuRsa().Where(p => p.DateOrientation != null && p.DatePremierRdvReferent >= periode.Du && p.DatePremierRdvReferent <= periode.Au)
            .Select(p => new EvenementDelai { Jour = p.DatePremierRdvReferent!.Value, Dans = p.DatePremierRdvReferent <= p.EcheancePremierRdv, TerritoireId = p.TerritoireId }), ct);

    public Task<(Effectifs Effectif, Effectifs DansLeDelai)> DelaiContratAsync(Periode periode, CancellationToken ct) =>
        DelaiAsync(db.Set<Parcours>().Where(p => p.DateOrientation != null && p.DateContrat >= periode.Du && p.DateContrat <= periode.Au)
            .Select(p => new EvenementDelai { Jour = p.DateContrat!.Value, Dans = p.DateContrat <= p.EcheanceContrat, TerritoireId = p.TerritoireId }), ct);

    /// <summary>Parcours oriented in the period (month of the orientation), and those among them with a contract milestone.</summary>
    public Task<(Effectifs Effectif, Effectifs DansLeDelai)> ContractualisationAsync(Periode periode, CancellationToken ct) =>
        DelaiAsync(db.Set<Parcours>().Where(p => p.DateOrientation >= periode.Du && p.DateOrientation <= periode.Au)
            .Select(p => new EvenementDelai { Jour = p.DateOrientation!.Value, Dans = p.DateContrat != null, TerritoireId = p.TerritoireId }), ct);

    /// <summary>Stock without référent at a date, in each territoire: open parcours, without référent, of which oriented (month key 0).</summary>
    public async Task<(Effectifs Total, Effectifs SansReferent, Effectifs DontOrientes)> SansReferentAsync(DateOnly date, CancellationToken ct)
    {
        var stocks = await mouvements.ParTerritoireAsync(date, null, ct);
        return (new(stocks.Select(s => (0, s.Territoire, s.Stock.Ouverts))), new(stocks.Select(s => (0, s.Territoire, s.Stock.SansReferent))),
            new(stocks.Select(s => (0, s.Territoire, s.Stock.SansReferentOrientes))));
    }

    /// <summary>Appointments after an invitation and after a convocation: base (honoured, absent, excused) and absents.</summary>
    public async Task<(Effectifs Base, Effectifs Absents)[]> AbsenceAsync(Periode periode, CancellationToken ct)
    {
        var lignes = new List<(int Mois, int? Territoire, bool Convocation, bool Absent, int Nombre)>();
        foreach (var (mois, debut, fin) in MoisLegaux(periode))
            lignes.AddRange((await db.Set<RendezVous>().AsNoTracking()
                    .Where(r => r.Debut >= debut && r.Debut < fin && (r.Statut == StatutRendezVous.Absent || r.Statut == StatutRendezVous.Honore || r.Statut == StatutRendezVous.Excuse))
                    .GroupBy(r => new { r.Personne!.DossierCourant!.TerritoireId, r.Convocation, Absent = r.Statut == StatutRendezVous.Absent })
                    .Select(g => new { g.Key.TerritoireId, g.Key.Convocation, g.Key.Absent, Nombre = g.Count() })
                    .ToListAsync(ct))
                .Select(l => (mois, l.TerritoireId, l.Convocation, l.Absent, l.Nombre)));
        (Effectifs, Effectifs) Pour(bool convocation) => (
            new(lignes.Where(l => l.Convocation == convocation).Select(l => (l.Mois, l.Territoire, l.Nombre))),
            new(lignes.Where(l => l.Convocation == convocation && l.Absent).Select(l => (l.Mois, l.Territoire, l.Nombre))));
        return [Pour(false), Pour(true)];
    }

    /// <summary>Reorientation requests of the period by status today (parcours's territoire).</summary>
    public async Task<IReadOnlyDictionary<StatutDecision, Effectifs>> ReorientationsAsync(Periode periode, CancellationToken ct)
    {
        var lignes = new List<(int Mois, int? Territoire, StatutDecision Statut, int Nombre)>();
        foreach (var (mois, debut, fin) in MoisLegaux(periode))
            lignes.AddRange((await db.Set<DecisionOrientation>().AsNoTracking()
                    .Where(d => d.Origine == OrigineOrientation.Reorientation && d.ProposeeLe >= debut && d.ProposeeLe < fin)
                    .Join(db.DuRsa(), d => d.ParcoursId, p => p.Id, (d, p) => new { d.Statut, p.TerritoireId })
                    .GroupBy(x => new { x.TerritoireId, x.Statut })
                    .Select(g => new { g.Key.TerritoireId, g.Key.Statut, Nombre = g.Count() })
                    .ToListAsync(ct))
                .Select(l => (mois, l.TerritoireId, l.Statut, l.Nombre)));
        return Statuts.ToDictionary(s => s, s => new Effectifs(lignes.Where(l => l.Statut == s).Select(l => (l.Mois, l.Territoire, l.Nombre))));
    }

    private static readonly StatutDecision[] Statuts = [StatutDecision.Proposee, StatutDecision.Validee, StatutDecision.Refusee];

    private sealed class EvenementDelai
    {
        public DateOnly Jour { get; init; }
        public bool Dans { get; init; }
        public int? TerritoireId { get; init; }
    }

    private static async Task<(Effectifs, Effectifs)> DelaiAsync(IQueryable<EvenementDelai> evenements, CancellationToken ct)
    {
        var lignes = await evenements.AsNoTracking()
            .GroupBy(e => new { e.Jour.Year, e.Jour.Month, e.TerritoireId })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.TerritoireId, Nombre = g.Count(), Dans = g.Count(e => e.Dans) })
            .ToListAsync(ct);
        return (new(lignes.Select(l => (Effectifs.Mois(l.Year, l.Month), l.TerritoireId, l.Nombre))),
            new(lignes.Select(l => (Effectifs.Mois(l.Year, l.Month), l.TerritoireId, l.Dans))));
    }

    /// <summary>Each month of the period with its bounds in the département's legal time, as UTC instants.</summary>
    private IEnumerable<(int Mois, DateTime Debut, DateTime Fin)> MoisLegaux(Periode periode)
    {
        for (var jour = new DateOnly(periode.Du.Year, periode.Du.Month, 1); jour <= periode.Au; jour = jour.AddMonths(1))
            yield return (Effectifs.Mois(jour), heure.DebutDuJourUtc(jour), heure.DebutDuJourUtc(jour.AddMonths(1)));
    }
}
