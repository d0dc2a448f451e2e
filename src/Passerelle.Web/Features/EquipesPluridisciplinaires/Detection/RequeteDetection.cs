using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Detection;

/// <summary>A person of a detection queue as read: their open parcours, and the counts the queue shows.</summary>
public sealed record LigneDetection(int ParcoursId, int PersonneId, string Nom, string Prenoms, int? TerritoireId, DateOnly? DateOrientation,
    int Relances, DateOnly? DerniereRelance, int Absences);

/// <summary>
/// The detection queues, written once for the page, the API and the bulk actions: the open parcours within the
/// user's scope (<see cref="PerimetreDossiers"/>: a territory agent sees their territoires only) meeting the
/// criterion on today's date, without a dossier of that nature already open. Finding a queue's members reads every
/// parcours of the criterion (tens of thousands at 100,000 persons) and checks each has no open dossier: the queue's
/// order is kept by <see cref="CacheDepartement"/> (per scope, territoire and day, until a parcours, a dossier, a
/// reminder, an appointment or the rules change in the département), so paging, counting and the many agents who
/// open the same queue pay it once; the reminders and absences are counted for the rows of the page only.
/// </summary>
public sealed class RequeteDetection(AppDbContext db, PerimetreDossiers perimetre, CacheDepartement cache, HeureLegale heure)
{
    public DateOnly Aujourdhui { get; } = heure.Aujourdhui;

    public PerimetreDossiers Perimetre => perimetre;

    public async Task<Page<LigneDetection>> PageAsync(CritereDetection critere, ReglesEp regles, int? territoireId, int? page, int? taille, CancellationToken ct)
    {
        var ordre = await OrdreAsync(critere, regles, territoireId, ct);
        var (numero, t) = Pagination.Bornes(page, taille);
        if ((long)(numero - 1) * t >= ordre.Length) return new Page<LigneDetection>([], numero, t, ordre.Length);
        var ids = ordre.Skip((numero - 1) * t).Take(t).ToList();
        var lignes = (await LignesAsync(db.Set<Parcours>().AsNoTracking().Where(p => ids.Contains(p.Id)), regles, ct)).ToDictionary(l => l.ParcoursId);
        return new Page<LigneDetection>([.. ids.Where(lignes.ContainsKey).Select(id => lignes[id])], numero, t, ordre.Length);
    }

    /// <summary>The queue's parcours in its order (oldest orientation first, ties broken by id so pages never repeat or skip a row).</summary>
    private Task<int[]> OrdreAsync(CritereDetection critere, ReglesEp regles, int? territoireId, CancellationToken ct) =>
        cache.ObtenirAsync(db, $"ep-detection:{critere}:{perimetre.Cle}:{territoireId}:{Aujourdhui:yyyy-MM-dd}", c =>
            Parcours(critere, regles, territoireId).OrderBy(p => p.DateOrientation).ThenBy(p => p.Id).Select(p => p.Id).ToArrayAsync(c), ct);

    /// <summary>The queue's rows for these persons only: what a bulk action needs to know of each selected person.</summary>
    public async Task<IReadOnlyDictionary<int, LigneDetection>> PourAsync(CritereDetection critere, ReglesEp regles, IReadOnlyCollection<int> personnes, CancellationToken ct) =>
        (await LignesAsync(Parcours(critere, regles, null).Where(p => personnes.Contains(p.PersonneId)), regles, ct)).ToDictionary(l => l.PersonneId);

    public IQueryable<Parcours> Parcours(CritereDetection critere, ReglesEp regles, int? territoireId)
    {
        var nature = critere.Nature();
        var parcours = perimetre.Filtrer(db.Set<Parcours>().AsNoTracking()).Where(p => p.DateCloture == null
            && !db.Set<DossierEp>().Any(d => d.PersonneId == p.PersonneId && d.Nature == nature && TransitionsDossierEp.Ouverts.Contains(d.Statut)));
        if (territoireId is int t) parcours = perimetre.Couvre(t) ? parcours.Where(p => p.TerritoireId == t) : parcours.Where(p => false);
        switch (critere)
        {
            case CritereDetection.SansContrat:
                var oriente = Aujourdhui.AddDays(-regles.PremiereRelanceJours);
                return parcours.Where(p => p.DateOrientation != null && p.DateContrat == null && p.DateOrientation <= oriente);
            case CritereDetection.MaintienSocial:
                var depuis = Aujourdhui.AddMonths(-regles.MaintienSocialMois);
                return parcours.Where(p => p.TypeOrientation == TypeOrientation.Sociale && p.DateOrientation != null && p.DateOrientation <= depuis);
            default:
                var (debut, fin) = PeriodeAbsences(regles);
                var absents = db.Set<RendezVous>().Where(r => r.Statut == StatutRendezVous.Absent && r.Debut >= debut && r.Debut < fin)
                    .GroupBy(r => r.PersonneId).Where(g => g.Count() >= regles.AbsencesPourSignalement).Select(g => g.Key);
                return parcours.Where(p => absents.Contains(p.PersonneId));
        }
    }

    /// <summary>What « est à proposer » and « prochaine relance » mean for a row (shown by the page and the API alike).</summary>
    public SuiviRelances Suivi(CritereDetection critere, ReglesEp regles, LigneDetection ligne)
    {
        if (critere != CritereDetection.SansContrat || ligne.DateOrientation is not DateOnly orientation) return new(null, true, null);
        if (ligne.Relances < regles.NombreRelances)
        {
            var echeance = regles.EcheanceRelance(orientation, ligne.Relances + 1);
            return new(echeance, false, null);
        }
        var aProposerLe = (ligne.DerniereRelance ?? Aujourdhui).AddDays(regles.IntervalleRelancesJours);
        return new(null, Aujourdhui >= aProposerLe, aProposerLe);
    }

    /// <summary>
    /// The rows with their reminders, then these persons' appointments of the period in one read, the absences counted here:
    /// filtered on the status in SQL, PostgreSQL walked every absence of the département (its index by status and date
    /// looked cheaper than the persons' own), once per row when counted inside the query.
    /// </summary>
    private async Task<List<LigneDetection>> LignesAsync(IQueryable<Parcours> parcours, ReglesEp regles, CancellationToken ct)
    {
        var relances = db.Set<RelanceEp>().Where(r => r.Nature == NatureThematique.SansContrat);
        var lignes = await parcours.Select(p => new
        {
            p.Id,
            p.PersonneId,
            p.Personne!.Nom,
            p.Personne.Prenoms,
            p.TerritoireId,
            p.DateOrientation,
            Relances = relances.Count(r => r.PersonneId == p.PersonneId && r.DateReference == p.DateOrientation),
            Derniere = relances.Where(r => r.PersonneId == p.PersonneId && r.DateReference == p.DateOrientation).Max(r => (DateOnly?)r.EnvoyeeLe),
        }).ToListAsync(ct);
        var personnes = lignes.Select(l => l.PersonneId).ToList();
        var (debut, fin) = PeriodeAbsences(regles);
        var rendezVous = personnes.Count == 0 ? [] : await db.Set<RendezVous>().Where(r => personnes.Contains(r.PersonneId) && r.Debut >= debut && r.Debut < fin)
            .Select(r => new { r.PersonneId, r.Statut }).ToListAsync(ct);
        var absences = rendezVous.Where(r => r.Statut == StatutRendezVous.Absent).CountBy(r => r.PersonneId).ToDictionary();
        return [.. lignes.Select(l => new LigneDetection(l.Id, l.PersonneId, l.Nom, l.Prenoms, l.TerritoireId, l.DateOrientation, l.Relances, l.Derniere,
            absences.GetValueOrDefault(l.PersonneId)))];
    }

    private (DateTime Debut, DateTime Fin) PeriodeAbsences(ReglesEp regles) =>
        (heure.DebutDuJourUtc(Aujourdhui.AddMonths(-regles.PeriodeAbsencesMois)), heure.DebutDuJourUtc(Aujourdhui.AddDays(1)));
}

/// <summary>
/// Where a person stands in the reminders: the next one due, or — the series complete and the last one
/// <see cref="ReglesEp.IntervalleRelancesJours"/> old — « à proposer en équipe pluridisciplinaire ».
/// </summary>
public sealed record SuiviRelances(DateOnly? ProchaineRelance, bool AProposer, DateOnly? AProposerLe);
