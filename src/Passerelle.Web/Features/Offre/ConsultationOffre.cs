using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Offre;

public sealed record LigneGestion(int Id, string Nom, string Structure, StatutAction Statut, DateTime ModifieeLe);

/// <summary>The reads of one action and of the actions a user maintains.</summary>
public sealed class ConsultationOffre(AppDbContext db, AccesOffre acces)
{
    /// <summary>A published action for every reader of the offer; any other state only for those who maintain it.</summary>
    public async Task<(ActionInsertion Action, string Structure, string Fiche, bool Gerable)?> ActionAsync(int id, CancellationToken ct)
    {
        var action = await db.Set<ActionInsertion>().AsNoTracking().Include(a => a.Sessions).Include(a => a.Places).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (action is null) return null;
        var gerable = acces.PeutGerer(action.StructureId);
        if (action.Statut != StatutAction.Publiee && !gerable) return null;
        var structure = await db.Structures.Where(s => s.Id == action.StructureId).Select(s => s.Nom).FirstAsync(ct);
        var fiche = await db.Set<Programmes.ElementProgramme>().Where(e => e.Id == action.FicheActionId).Select(e => e.Code + " — " + e.Titre).FirstAsync(ct);
        return (action, structure, fiche, gerable);
    }

    /// <summary>The fiches-actions an action can implement, newest programme first, in each programme's order.</summary>
    public Task<List<FicheChoisie>> FichesAsync(CancellationToken ct) =>
        db.Set<Programmes.ElementProgramme>().AsNoTracking().Where(e => e.Fiche != null)
            .Join(db.Set<Programmes.Programme>(), e => e.ProgrammeId, p => p.Id, (e, p) => new { e.Id, e.Code, e.Titre, e.Ordre, Programme = p.Titre, p.Debut })
            .OrderByDescending(x => x.Debut).ThenBy(x => x.Programme).ThenBy(x => x.Ordre)
            .Select(x => new FicheChoisie(x.Id, x.Programme, x.Code + " — " + x.Titre)).ToListAsync(ct);

    /// <summary>The actions the user maintains, those awaiting the département's decision first.</summary>
    public Task<List<LigneGestion>> GereesAsync(CancellationToken ct) =>
        acces.Gerables(db.Set<ActionInsertion>()).AsNoTracking()
            .OrderBy(a => a.Statut == StatutAction.AModerer ? 0 : 1).ThenBy(a => a.Nom)
            .Select(a => new LigneGestion(a.Id, a.Nom, db.Structures.Where(s => s.Id == a.StructureId).Select(s => s.Nom).First(), a.Statut, a.ModifieeLe))
            .ToListAsync(ct);
}
