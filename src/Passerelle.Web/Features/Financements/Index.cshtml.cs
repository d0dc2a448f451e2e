using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Financements;

public sealed record OperationFse(string Code, string? Programme, IReadOnlyList<string> Actions);

/// <summary>Where the funding starts: each programme's budget page, and for the département the FSE+ operations and their export.</summary>
[Authorize(Policy = Politiques.Financements)]
public sealed class FinancementsIndexModel(ConsultationProgrammes programmes, AppDbContext db, IAuthorizationService autorisation) : PageModel
{
    public IReadOnlyList<ResumeProgramme> Programmes { get; private set; } = [];
    public IReadOnlyList<OperationFse> Operations { get; private set; } = [];
    public bool PeutExporter { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Programmes = await programmes.ListeAsync(ct);
        PeutExporter = (await autorisation.AuthorizeAsync(User, Politiques.GestionFinancements)).Succeeded;
        if (!PeutExporter) return;
        var lignes = await db.Set<FinancementAction>().AsNoTracking().Where(l => l.Financeur == Financeur.Fse && l.OperationFse != null)
            .Join(db.Set<ActionInsertion>(), l => l.ActionInsertionId, a => a.Id, (l, a) => new { l.OperationFse, l.ProgrammeFse, a.Nom })
            .ToListAsync(ct);
        Operations = [.. lignes.GroupBy(l => l.OperationFse!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OperationFse(g.Key, g.First().ProgrammeFse, [.. g.Select(l => l.Nom).Distinct().Order(StringComparer.CurrentCulture)]))];
    }
}
