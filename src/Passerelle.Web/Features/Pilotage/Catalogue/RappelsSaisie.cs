using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Comites;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

public sealed record IndicateurASaisir(int Id, string Libelle, string Fiche);

/// <param name="ReunionId">The comité's next meeting in the window, the one <see cref="EnvoiRappelsSaisie"/> reminds the pilots of.</param>
/// <param name="Du">The last closed period the entries should cover (the last calendar quarter wholly past).</param>
public sealed record ComiteASaisir(int ComiteId, string Comite, int ReunionId, DateOnly Reunion, DateOnly Du, DateOnly Au, IReadOnlyList<IndicateurASaisir> Indicateurs);

/// <summary>
/// Before each planned meeting of a comité (within <c>Pilotage:JoursRappelAvantComite</c> days, 15 by default, settable per
/// département as <c>Pilotage:JoursRappelAvantComite:{code}</c>), the manual indicators of the fiches it follows that have no
/// entry covering the end of the last closed quarter.
/// </summary>
public sealed class RappelsSaisie(AppDbContext db, HeureLegale heure, IConfiguration configuration)
{
    public const int JoursParDefaut = 15;

    /// <summary>The last calendar quarter wholly before <paramref name="aujourdhui"/>.</summary>
    public static (DateOnly Du, DateOnly Au) DernierTrimestreClos(DateOnly aujourdhui)
    {
        var debutCourant = new DateOnly(aujourdhui.Year, (aujourdhui.Month - 1) / 3 * 3 + 1, 1);
        return (debutCourant.AddMonths(-3), debutCourant.AddDays(-1));
    }

    public async Task<int> JoursAsync(CancellationToken ct)
    {
        var code = await db.CodeDepartementAsync(ct);
        return configuration.GetValue<int?>($"Pilotage:JoursRappelAvantComite:{code}") ?? configuration.GetValue<int?>("Pilotage:JoursRappelAvantComite") ?? JoursParDefaut;
    }

    public async Task<IReadOnlyList<ComiteASaisir>> ListerAsync(CancellationToken ct)
    {
        var aujourdhui = heure.Aujourdhui;
        var jusqua = aujourdhui.AddDays(await JoursAsync(ct));
        var (du, au) = DernierTrimestreClos(aujourdhui);
        var reunions = await db.Set<Reunion>().AsNoTracking().Where(r => r.Date >= aujourdhui && r.Date <= jusqua)
            .Join(db.Set<Comite>(), r => r.ComiteId, c => c.Id, (r, c) => new { r.ComiteId, c.Nom, r.Id, r.Date }).OrderBy(r => r.Date).ToListAsync(ct);
        var prochaines = reunions.GroupBy(r => r.ComiteId).Select(g => g.First()).ToList();
        if (prochaines.Count == 0) return [];
        var ids = prochaines.Select(r => r.ComiteId).ToList();
        var manquants = await db.Set<FicheComite>().Where(f => ids.Contains(f.ComiteId))
            .Join(db.Set<IndicateurFiche>().Where(i => i.Correspondance == CorrespondanceIndicateur.Saisi), f => f.FicheActionId, i => i.FicheActionId, (f, i) => new { f.ComiteId, i })
            .Where(x => !db.Set<SaisieIndicateur>().Any(s => s.IndicateurFicheId == x.i.Id && s.Du <= au && s.Au >= au))
            .Join(db.Set<ElementProgramme>(), x => x.i.FicheActionId, e => e.Id, (x, e) => new { x.ComiteId, x.i.Id, x.i.Libelle, e.Code, x.i.Ordre })
            .OrderBy(x => x.Code).ThenBy(x => x.Ordre).ToListAsync(ct);
        return [.. prochaines.Select(r => new ComiteASaisir(r.ComiteId, r.Nom, r.Id, r.Date, du, au,
                [.. manquants.Where(m => m.ComiteId == r.ComiteId).Select(m => new IndicateurASaisir(m.Id, m.Libelle, m.Code))]))
            .Where(c => c.Indicateurs.Count > 0)];
    }

    /// <summary>For each of these meetings whose reminder went to at least one pilot: the day of the first e-mail and how many pilots received it.</summary>
    public async Task<IReadOnlyDictionary<int, (DateOnly Le, int Pilotes)>> RappelsEnvoyesAsync(IReadOnlyList<int> reunions, CancellationToken ct)
    {
        var envoyes = await db.Set<RappelComite>().Where(r => reunions.Contains(r.ReunionId) && r.Statut == StatutEnvoi.Envoye)
            .GroupBy(r => r.ReunionId).Select(g => new { g.Key, Le = g.Min(r => r.EnvoyeLe), Pilotes = g.Count() }).ToListAsync(ct);
        return envoyes.ToDictionary(e => e.Key, e => (heure.Jour(e.Le!.Value), e.Pilotes));
    }
}
