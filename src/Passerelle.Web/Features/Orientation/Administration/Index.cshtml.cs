using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Orientation.Administration;

/// <summary>The rule sets that judge parcours: the national ones (law, read-only) and the département's own.</summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<JeuRegles> Nationaux => ReglesNationales.Tous;
    public IReadOnlyList<JeuRegles> DuDepartement { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        DuDepartement = await db.Set<JeuRegles>().AsNoTracking().OrderBy(j => j.ValideDu).ToListAsync(ct);
}
