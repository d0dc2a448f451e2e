using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Features.Indicateurs.Secret;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Indicateurs;

/// <summary>
/// The EP indicators (issue 15 §5) computed live. Three reads on existing indexes: the sessions held in the period
/// (by département, status and start) and their dossiers examined (by session), and the decisions of the period
/// (dossiers by département and decision day) with whether they were appealed. A département's year is a few thousand
/// small rows: counts, sums and the median are then taken in memory (<see cref="MesureEp"/>). Under statistical secrecy
/// the reads cover the whole département, whose cells by month and territoire decide what is shown.
/// </summary>
public sealed class IndicateursEp(AppDbContext db, HeureLegale heure)
{
    private static readonly StatutSeance[] Tenues = [StatutSeance.Tenue, StatutSeance.AvisRendus, StatutSeance.Decidee, StatutSeance.Close];

    public async Task<TableauEp> CalculerAsync(Periode periode, Portee portee, int? territoireId, CancellationToken ct)
    {
        var territoiresLus = portee.Secret ? null : portee.Territoires;
        var passages = await PassagesAsync(periode, territoiresLus, ct);
        var decisions = await DecisionsAsync(periode, territoiresLus, ct);
        var publication = new PublicationEp(portee.Secret ? await SecretAsync(periode, portee, ct) : null, territoireId);
        bool DansLaPortee(ICelluleEp l) => portee.Territoires is not { } t || l.TerritoireId is int id && t.Contains(id);
        var thematiques = await db.Set<ThematiqueEp>().AsNoTracking().OrderBy(t => t.Ordre).Select(t => new { t.Nature, t.Libelle }).ToListAsync(ct);
        var libelles = thematiques.Select(t => (t.Nature, t.Libelle))
            .Concat(passages.Select(p => p.Nature).Distinct().Where(n => thematiques.All(t => t.Nature != n)).Select(n => (n, n.LibelleParDefaut()))).ToList();
        var mesure = new MesureEp(publication, DansLaPortee, passages, decisions);
        return new TableauEp(periode.Du, periode.Au, territoireId, await PerimetreAsync(portee, ct), portee.Secret,
            mesure.Passages(libelles),
            mesure.AvisDecisions(),
            mesure.Sanctions(),
            mesure.Remobilisations(),
            mesure.Delai(),
            mesure.Recours());
    }

    /// <summary>
    /// The sessions first, then their dossiers: joined in one query, SQLite's planner may walk every dossier of the
    /// département instead of the period's few hundred sessions.
    /// </summary>
    private async Task<List<PassageLu>> PassagesAsync(Periode periode, IReadOnlyCollection<int>? territoires, CancellationToken ct)
    {
        var (debut, fin) = (heure.DebutDuJourUtc(periode.Du), heure.DebutDuJourUtc(periode.Au.AddDays(1)));
        var seances = (await db.Set<SeanceEp>().AsNoTracking().Where(s => Tenues.Contains(s.Statut) && s.Debut >= debut && s.Debut < fin)
            .Select(s => new { s.Id, s.Debut }).ToListAsync(ct)).ToDictionary(s => s.Id, s => Effectifs.Mois(heure.Jour(s.Debut)));
        var ids = seances.Keys.ToList();
        var lus = await Dans(db.Set<DossierEp>().AsNoTracking(), territoires).Where(d => d.SeanceEpId != null && ids.Contains(d.SeanceEpId.Value) && d.Avis != null)
            .Select(d => new { SeanceEpId = d.SeanceEpId!.Value, d.TerritoireId, d.Nature }).ToListAsync(ct);
        return [.. lus.Select(l => new PassageLu(seances[l.SeanceEpId], l.TerritoireId, l.Nature))];
    }

    private async Task<List<DecisionLue>> DecisionsAsync(Periode periode, IReadOnlyCollection<int>? territoires, CancellationToken ct)
    {
        var lus = await Dans(db.Set<DossierEp>().AsNoTracking(), territoires)
            .Where(d => d.DecideLe >= periode.Du && d.DecideLe <= periode.Au && d.Decision != null)
            .Select(d => new
            {
                DecideLe = d.DecideLe!.Value,
                d.DetecteLe,
                d.TerritoireId,
                d.Avis,
                Decision = d.Decision!.Value,
                d.Montant,
                Annulee = d.AnnuleeSurRecoursLe != null,
                Restituee = d.RepriseObligationsLe != null,
                d.MoisRestitues,
                Contestee = d.Recours.Any(),
                Renversee = d.Recours.Any(r => r.Issue == IssueRecours.DecisionAnnulee || r.Issue == IssueRecours.DecisionReformee),
            })
            .ToListAsync(ct);
        return [.. lus.Select(l => new DecisionLue(Effectifs.Mois(l.DecideLe), l.TerritoireId, l.Avis, l.Decision, l.Montant, l.DecideLe.DayNumber - l.DetecteLe.DayNumber,
            l.Annulee, l.Restituee, l.MoisRestitues, l.Contestee, l.Renversee))];
    }

    private static IQueryable<DossierEp> Dans(IQueryable<DossierEp> dossiers, IReadOnlyCollection<int>? territoires) =>
        territoires is null ? dossiers : dossiers.Where(d => d.TerritoireId != null && territoires.Contains(d.TerritoireId.Value));

    private async Task<SecretStatistique> SecretAsync(Periode periode, Portee portee, CancellationToken ct)
    {
        var territoires = await db.Territoires.AsNoTracking().Select(t => t.Id).ToListAsync(ct);
        var (premier, dernier) = (Effectifs.Mois(periode.Du), Effectifs.Mois(periode.Au));
        return new SecretStatistique(territoires, (portee.Clairs ?? []).ToHashSet(), [.. Enumerable.Range(premier, dernier - premier + 1)]);
    }

    private async Task<string> PerimetreAsync(Portee portee, CancellationToken ct) => portee.Territoires is not { } territoires ? "Tout le département"
        : string.Join(", ", await db.Territoires.AsNoTracking().Where(t => territoires.Contains(t.Id)).OrderBy(t => t.Nom).Select(t => t.Nom).ToListAsync(ct));
}
