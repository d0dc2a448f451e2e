using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Financements;

/// <summary>One funder's planned amount (programme file) beside what its lines on the actions voted, committed and paid.</summary>
public sealed record MontantsFinanceur(Financeur Financeur, decimal Prevu, decimal Vote, decimal Engage, decimal Paye);

/// <summary>A fiche-action's budget: planned by funder, executed by its actions; « Part État » is the État's planned amount.</summary>
public sealed record BudgetFiche(int Id, string Code, string Titre, int Actions, IReadOnlyList<MontantsFinanceur> ParFinanceur)
{
    public decimal PartEtat => ParFinanceur.Where(m => m.Financeur == Financeur.Etat).Sum(m => m.Prevu);
    public MontantsFinanceur Total => Totaliser(ParFinanceur);

    internal static MontantsFinanceur Totaliser(IEnumerable<MontantsFinanceur> montants)
    {
        var liste = montants.ToList();
        return new MontantsFinanceur(Financeur.Autre, liste.Sum(m => m.Prevu), liste.Sum(m => m.Vote), liste.Sum(m => m.Engage), liste.Sum(m => m.Paye));
    }
}

/// <summary>
/// A programme's budget: the lines of the programme itself (<see cref="Generaux"/>, planned only), each fiche-action
/// with a planned line or a funded action, and the programme's totals by funder over both.
/// </summary>
public sealed record BudgetDuProgramme(int Id, string Code, string Titre, TypeProgramme Type, DateOnly Debut, DateOnly Fin,
    IReadOnlyList<MontantsFinanceur> Generaux, IReadOnlyList<BudgetFiche> Fiches, int FichesSansFinancement, IReadOnlyList<MontantsFinanceur> Totaux)
{
    public MontantsFinanceur Total => BudgetFiche.Totaliser(Totaux);
}

/// <summary>
/// Reads a programme's planned funding (<see cref="LigneFinancement"/>, as the programme file or the pilot entered it)
/// beside the execution of the actions attached to each fiche (<see cref="FinancementAction"/>, whatever their period:
/// an action serves its fiche as long as it runs, and documents often budget beyond the programme's own years).
/// </summary>
public sealed class BudgetProgramme(AppDbContext db)
{
    public async Task<BudgetDuProgramme?> LireAsync(int id, CancellationToken ct)
    {
        var programme = await db.Set<Programme>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null) return null;
        var fiches = await db.Set<ElementProgramme>().AsNoTracking().Where(e => e.ProgrammeId == id && e.Fiche != null).OrderBy(e => e.Ordre)
            .Select(e => new { e.Id, e.Code, e.Titre }).ToListAsync(ct);
        var prevues = await db.Set<LigneFinancement>().AsNoTracking().Where(l => l.ProgrammeId == id)
            .Select(l => new { l.ElementId, l.Financeur, l.Montant }).ToListAsync(ct);
        var ids = fiches.Select(f => f.Id).ToList();
        var actions = await db.Set<ActionInsertion>().AsNoTracking().Where(a => ids.Contains(a.FicheActionId))
            .Select(a => new { a.Id, a.FicheActionId }).ToListAsync(ct);
        var ficheDeLAction = actions.ToDictionary(a => a.Id, a => a.FicheActionId);
        var actionIds = actions.Select(a => a.Id).ToList();
        var executees = (await db.Set<FinancementAction>().AsNoTracking().Where(l => actionIds.Contains(l.ActionInsertionId))
                .Select(l => new { l.ActionInsertionId, l.Financeur, l.MontantVote, l.MontantEngage, l.MontantPaye }).ToListAsync(ct))
            .Select(l => (Fiche: ficheDeLAction[l.ActionInsertionId], l.Financeur, l.MontantVote, l.MontantEngage, l.MontantPaye)).ToList();

        List<MontantsFinanceur> ParFinanceur(int? fiche) => [.. Enum.GetValues<Financeur>()
            .Select(f => new MontantsFinanceur(f,
                prevues.Where(l => l.ElementId == fiche && l.Financeur == f).Sum(l => l.Montant),
                executees.Where(l => l.Fiche == fiche && l.Financeur == f).Sum(l => l.MontantVote),
                executees.Where(l => l.Fiche == fiche && l.Financeur == f).Sum(l => l.MontantEngage),
                executees.Where(l => l.Fiche == fiche && l.Financeur == f).Sum(l => l.MontantPaye)))
            .Where(m => m.Prevu != 0 || m.Vote != 0 || m.Engage != 0 || m.Paye != 0)];

        var budgets = fiches.Select(f => new BudgetFiche(f.Id, f.Code, f.Titre, actions.Count(a => a.FicheActionId == f.Id), ParFinanceur(f.Id))).ToList();
        var financees = budgets.Where(b => b.ParFinanceur.Count > 0).ToList();
        var generaux = ParFinanceur(null);
        var totaux = financees.SelectMany(b => b.ParFinanceur).Concat(generaux).GroupBy(m => m.Financeur).OrderBy(g => g.Key)
            .Select(g => new MontantsFinanceur(g.Key, g.Sum(m => m.Prevu), g.Sum(m => m.Vote), g.Sum(m => m.Engage), g.Sum(m => m.Paye))).ToList();
        return new BudgetDuProgramme(programme.Id, programme.Code, programme.Titre, programme.Type, programme.Debut, programme.Fin,
            generaux, financees, budgets.Count - financees.Count, totaux);
    }
}
