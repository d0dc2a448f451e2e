using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Conservation;

/// <summary>What an anonymisation would touch (simulation) or touched (run), without any name.</summary>
public sealed record RapportConservation(int DureeMois, DateOnly Limite, int Personnes, int Foyers, int RendezVous, int Diagnostics,
    int DecisionsOrientation, int Envois, DateOnly? PlusAncienneFin, DateOnly? PlusRecenteFin, int DejaAnonymisees);

/// <summary>
/// The two use cases of the current département's retention: the simulation (reads, writes only its
/// audit line) and the run, batch after batch, each batch all or nothing; both audit-logged. A run
/// stopped between batches resumes where it stopped, and a second run finds nothing left.
/// </summary>
public sealed class ExecutionConservation(AppDbContext db, FinAccompagnement fin, AnonymisationPersonnes anonymisation, AuditJournal audit)
{
    public const int TailleLot = 200;
    private const int TailleLecture = 5000;

    public async Task<ReglesConservation> ReglesAsync(CancellationToken ct) =>
        await db.Set<ReglesConservation>().AsNoTracking().FirstOrDefaultAsync(ct) ?? new ReglesConservation();

    public async Task<RapportConservation> SimulerAsync(string? auteur, CancellationToken ct)
    {
        var duree = (await ReglesAsync(ct)).DureeMois;
        var echues = new List<PersonneEchue>();
        for (var lot = await fin.EchuesAsync(duree, 0, TailleLecture, ct); lot.Count > 0; lot = await fin.EchuesAsync(duree, lot[^1].PersonneId, TailleLecture, ct))
            echues.AddRange(lot);
        var ids = echues.Select(e => e.PersonneId).ToList();
        var rapport = new RapportConservation(duree, fin.Limite(duree), ids.Count, await FoyersAsync(ids, ct),
            await db.Set<RendezVous>().CountAsync(r => ids.Contains(r.PersonneId), ct),
            await db.Set<Diagnostic.Diagnostic>().CountAsync(d => ids.Contains(d.PersonneId), ct),
            await db.Set<DecisionOrientation>().CountAsync(d => ids.Contains(d.PersonneId), ct),
            await db.Set<Envoi>().CountAsync(e => ids.Contains(e.PersonneId), ct),
            echues.Count == 0 ? null : echues.Min(e => e.Fin), echues.Count == 0 ? null : echues.Max(e => e.Fin),
            await db.Set<PersonneAnonymisee>().CountAsync(ct));
        await audit.EnregistrerMaintenantAsync(AuditActions.SimulationAnonymisation, "Conservation", null, Resume(rapport), utilisateur: auteur, ct: ct);
        return rapport;
    }

    /// <returns>Persons and foyers anonymised.</returns>
    public async Task<(int Personnes, int Foyers)> AnonymiserAsync(string? auteur, CancellationToken ct)
    {
        var duree = (await ReglesAsync(ct)).DureeMois;
        var (personnes, foyers) = (0, 0);
        for (var lot = await fin.EchuesAsync(duree, 0, TailleLot, ct); lot.Count > 0; lot = await fin.EchuesAsync(duree, lot[^1].PersonneId, TailleLot, ct))
        {
            var (p, f) = await anonymisation.AnonymiserAsync(lot, duree, auteur, ct);
            (personnes, foyers) = (personnes + p, foyers + f);
            db.ChangeTracker.Clear();
        }
        await audit.EnregistrerMaintenantAsync(AuditActions.Anonymisation, "Conservation", null,
            $"{personnes} personne(s) et {foyers} foyer(s) anonymisés, conservation de {duree} mois", utilisateur: auteur, ct: ct);
        return (personnes, foyers);
    }

    /// <summary>Foyers whose members would all be anonymised once these persons are.</summary>
    private async Task<int> FoyersAsync(List<int> ids, CancellationToken ct)
    {
        var membres = await db.MembresFoyer.AsNoTracking()
            .Where(m => db.MembresFoyer.Any(x => x.DossierId == m.DossierId && ids.Contains(x.PersonneId)))
            .Select(m => new { m.DossierId, m.PersonneId, Anonyme = db.Set<PersonneAnonymisee>().Any(a => a.PersonneId == m.PersonneId) })
            .ToListAsync(ct);
        var echues = ids.ToHashSet();
        return membres.GroupBy(m => m.DossierId).Count(g => g.All(m => m.Anonyme || echues.Contains(m.PersonneId)));
    }

    private static string Resume(RapportConservation r) =>
        $"Conservation de {r.DureeMois} mois : {r.Personnes} personne(s), {r.Foyers} foyer(s), {r.RendezVous} rendez-vous, {r.Diagnostics} diagnostic(s), "
        + $"{r.DecisionsOrientation} décision(s) d'orientation, {r.Envois} envoi(s) à anonymiser";
}
