using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Prescriptions;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Financements;

public sealed record LigneFinancementAction(int Id, int Version, Financeur Financeur, ConventionEtat? Convention, string? ProgrammeFse, string? OperationFse,
    string? Objet, DateOnly Debut, DateOnly Fin, decimal Vote, decimal Engage, decimal Paye, string Precisions);

/// <summary>An action's funding lines and what they come to over the period asked (by default, the lines' whole span).</summary>
public sealed record FinancementsAction(int ActionId, string Action, string Structure, IReadOnlyList<LigneFinancementAction> Lignes, SyntheseFinancement Synthese);

/// <summary>The reads of an action's funding, for those <see cref="AccesFinancements"/> lets read it; null (404) for anyone else.</summary>
public sealed class ConsultationFinancements(AppDbContext db, AccesFinancements acces, HeureLegale heure)
{
    public async Task<FinancementsAction?> ActionAsync(int id, DateOnly? du, DateOnly? au, CancellationToken ct)
    {
        var action = await db.Set<ActionInsertion>().AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Nom, a.StructureId, Structure = db.Structures.Where(s => s.Id == a.StructureId).Select(s => s.Nom).First() })
            .FirstOrDefaultAsync(ct);
        if (action is null || !acces.PeutLire(action.StructureId)) return null;
        var lignes = (await db.Set<FinancementAction>().AsNoTracking().Where(l => l.ActionInsertionId == id).ToListAsync(ct))
            .OrderBy(l => l.Debut).ThenBy(l => l.Financeur).ThenBy(l => l.Id)
            .Select(l => new LigneFinancementAction(l.Id, l.Version, l.Financeur, l.Convention, l.ProgrammeFse, l.OperationFse, l.Objet, l.Debut, l.Fin,
                l.MontantVote, l.MontantEngage, l.MontantPaye, l.Precisions()))
            .ToList();
        var places = await db.Set<PlacesFinancees>().AsNoTracking().Where(p => p.ActionInsertionId == id)
            .Select(p => new PeriodePlaces(p.Debut, p.Fin, p.Places)).ToListAsync(ct);
        var entrees = await db.Set<Prescription>().AsNoTracking().Where(p => p.ActionInsertionId == id && p.DateEntree != null)
            .Select(p => new EntreeParticipant(p.PersonneId, p.DateEntree!.Value)).ToListAsync(ct);
        var montants = lignes.Select(l => new MontantsLigne(l.Financeur, l.Debut, l.Fin, l.Vote, l.Engage, l.Paye)).ToList();
        var (defautDu, defautAu) = SyntheseFinancements.PeriodeParDefaut(montants, heure.Aujourdhui);
        var (debut, fin) = (du ?? defautDu, au ?? defautAu);
        if (fin < debut) (debut, fin) = (fin, debut);
        return new FinancementsAction(id, action.Nom, action.Structure, lignes, SyntheseFinancements.Calculer(montants, places, entrees, debut, fin));
    }

    /// <summary>Whether the action has an FSE+ line: its participants' FSE+ data is then to be collected.</summary>
    public Task<bool> FinanceeParLeFseAsync(int actionId, CancellationToken ct) =>
        db.Set<FinancementAction>().AnyAsync(l => l.ActionInsertionId == actionId && l.Financeur == Financeur.Fse, ct);
}
