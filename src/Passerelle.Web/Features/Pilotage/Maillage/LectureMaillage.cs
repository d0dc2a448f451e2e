using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Pilotage.Maillage;

/// <summary>What the maillage is computed from, over the whole département, for a year at a date.</summary>
public sealed record DonneesMaillage(IReadOnlyList<TerritoireMaillage> Territoires, IReadOnlyList<PersonneFreins> Personnes, IReadOnlyList<OffreAction> Actions);

/// <summary>
/// Reads the maillage of a year (docs/indicators.md, « Maillage territorial »): the date is the 31 December of the year, or
/// today for the current year; the persons are those with a parcours open at the date on a territoire (its
/// <see cref="Parcours.TerritoireId"/>), with the freins of the last version of their diagnosis established by then; the offer
/// is the actions published today with the places funded over a period that meets the year.
/// </summary>
public sealed class LectureMaillage(AppDbContext db, CacheDepartement cache, HeureLegale heure)
{
    public const int PremiereAnnee = 2015;

    public int DerniereAnnee => heure.Aujourdhui.Year + 1;

    /// <summary>The reason a year is refused, or null.</summary>
    public string? VerifierAnnee(int annee) => annee < PremiereAnnee || annee > DerniereAnnee
        ? $"L'année doit être comprise entre {PremiereAnnee} et {DerniereAnnee}."
        : null;

    public DateOnly DateDe(int annee) => annee >= heure.Aujourdhui.Year ? heure.Aujourdhui : new DateOnly(annee, 12, 31);

    /// <param name="territoires">The territoires of the viewer's scope; null: all of the département.</param>
    public async Task<TableauMaillage> CalculerAsync(int annee, IReadOnlyCollection<int>? territoires, CancellationToken ct)
    {
        var date = DateDe(annee);
        var donnees = await LireAsync(annee, date, ct);
        var vus = territoires is null ? donnees.Territoires : [.. donnees.Territoires.Where(t => territoires.Contains(t.Id))];
        return CalculMaillage.Calculer(annee, date, vus, donnees.Personnes, donnees.Actions);
    }

    public Task<DonneesMaillage> LireAsync(int annee, DateOnly date, CancellationToken ct) =>
        cache.ObtenirAsync(db, $"maillage:{annee}:{date:yyyy-MM-dd}", c => LireSansCacheAsync(annee, date, c), ct);

    private async Task<DonneesMaillage> LireSansCacheAsync(int annee, DateOnly date, CancellationToken ct)
    {
        var territoires = await db.Territoires.AsNoTracking().Where(t => t.Actif).OrderBy(t => t.Nom).Select(t => new TerritoireMaillage(t.Id, t.Nom)).ToListAsync(ct);
        var suivis = db.Set<Parcours>().Where(p => p.DateEntree <= date && (p.DateCloture == null || p.DateCloture > date) && p.TerritoireId != null);
        var territoireDe = (await suivis.AsNoTracking().Select(p => new { p.PersonneId, p.TerritoireId }).ToListAsync(ct))
            .GroupBy(p => p.PersonneId).ToDictionary(g => g.Key, g => g.First().TerritoireId!.Value);
        // Diagnoses are few per person; their dates (DateTimeOffset) are compared here rather than in SQL, which SQLite cannot.
        var fin = new DateTimeOffset(heure.DebutDuJourUtc(date.AddDays(1)), TimeSpan.Zero);
        var versions = await db.Set<Diagnostic.Diagnostic>().AsNoTracking()
            .Where(d => suivis.Select(p => p.PersonneId).Contains(d.PersonneId))
            .Select(d => new { d.PersonneId, d.Numero, d.EtabliLe, d.Freins })
            .ToListAsync(ct);
        var personnes = versions.Where(v => v.EtabliLe < fin).GroupBy(v => v.PersonneId)
            .Select(g => g.MaxBy(v => v.Numero)!)
            .Select(v => new PersonneFreins(v.PersonneId, territoireDe[v.PersonneId], v.Freins))
            .ToList();
        var (debut, finAnnee) = (new DateOnly(annee, 1, 1), new DateOnly(annee, 12, 31));
        var actions = (await db.Set<ActionInsertion>().AsNoTracking().Where(a => a.Statut == StatutAction.Publiee)
                .Select(a => new { a.Id, a.Territoires, a.Thematiques, Places = a.Places.Where(p => p.Debut <= finAnnee && p.Fin >= debut).Sum(p => p.Places) })
                .ToListAsync(ct))
            .Select(a => new OffreAction(a.Id, a.Territoires, a.Thematiques, a.Places)).ToList();
        return new(territoires, personnes, actions);
    }
}
