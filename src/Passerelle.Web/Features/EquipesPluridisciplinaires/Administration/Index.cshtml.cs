using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Administration;

/// <summary>The EP set-up of the département: its équipes, and the links to thématiques, rules and delegations.</summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Ligne(int Id, string Nom, string? Territoire, int Quorum, int Membres, bool Active);

    public IReadOnlyList<Ligne> Equipes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Equipes = await db.Set<EquipePluridisciplinaire>().AsNoTracking().OrderBy(e => e.Nom)
            .Select(e => new Ligne(e.Id, e.Nom, db.Territoires.Where(t => t.Id == e.TerritoireId).Select(t => t.Nom).FirstOrDefault(), e.Quorum, e.Membres.Count(m => m.Actif), e.Active))
            .ToListAsync(ct);
}
