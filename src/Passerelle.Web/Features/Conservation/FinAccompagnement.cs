using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Conservation;

/// <summary>A person past retention, with the day their accompaniment ended.</summary>
public sealed record PersonneEchue(int PersonneId, DateOnly Fin);

/// <summary>
/// The rule "end of accompaniment" (docs/operations.md, Conservation des données). A person is no
/// longer accompanied when nothing is open about them: no open parcours and a right that is neither
/// open (Z, 2, 3, 4) nor awaiting decision (0). Their accompaniment ended on the latest day anything
/// happened to them: the closure of a parcours, a right event (exit included), the last flux that
/// described their current dossier, or an appointment. They are past retention the day after that
/// day plus the département's duration, counted in the département's legal calendar.
/// </summary>
public sealed class FinAccompagnement(AppDbContext db, HeureLegale heure)
{
    private static readonly string[] DroitsEnCours =
        [EtatsDroit.NonDefini, EtatsDroit.NouvelleDemande, EtatsDroit.OuvertVersable, EtatsDroit.DroitSuspendu, EtatsDroit.VersementSuspendu];

    /// <summary>The first day that is still kept: an accompaniment that ended before it is past retention.</summary>
    public DateOnly Limite(int dureeMois) => heure.Aujourdhui.AddMonths(-dureeMois);

    /// <summary>Persons past retention, by id, not yet anonymised; <paramref name="apresId"/> pages through them.</summary>
    public async Task<IReadOnlyList<PersonneEchue>> EchuesAsync(int dureeMois, int apresId, int nombre, CancellationToken ct)
    {
        var limite = Limite(dureeMois);
        var limiteUtc = heure.DebutDuJourUtc(limite);
        var lignes = await db.Personnes.AsNoTracking()
            .Where(p => p.Id > apresId)
            .Where(p => !db.Set<PersonneAnonymisee>().Any(a => a.PersonneId == p.Id))
            .Where(p => !db.Set<Parcours>().Any(x => x.PersonneId == p.Id && x.DateCloture == null))
            .Where(p => p.EtatDroit == null || !DroitsEnCours.Contains(p.EtatDroit))
            .Select(p => new
            {
                p.Id,
                Cloture = db.Set<Parcours>().Where(x => x.PersonneId == p.Id).Max(x => x.DateCloture),
                Droit = db.HistoriqueDroits.Where(h => h.PersonneId == p.Id).Max(h => (DateOnly?)h.DateEffet),
                p.DateSortie,
                Flux = p.DossierCourant == null ? (DateOnly?)null : p.DossierCourant.DateFlux,
                RendezVous = db.Set<RendezVous>().Where(r => r.PersonneId == p.Id).Max(r => (DateTime?)r.Debut),
            })
            .Where(x => x.Cloture != null || x.Droit != null || x.DateSortie != null || x.Flux != null)
            .Where(x => (x.Cloture == null || x.Cloture < limite) && (x.Droit == null || x.Droit < limite)
                && (x.DateSortie == null || x.DateSortie < limite) && (x.Flux == null || x.Flux < limite)
                && (x.RendezVous == null || x.RendezVous < limiteUtc))
            .OrderBy(x => x.Id)
            .Take(nombre)
            .ToListAsync(ct);
        return lignes.Select(l => new PersonneEchue(l.Id, new[] { l.Cloture, l.Droit, l.DateSortie, l.Flux, l.RendezVous is { } r ? heure.Jour(r) : null }.Max()!.Value)).ToList();
    }
}
