using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Imports;

[Authorize(Policy = Politiques.ImportDossiers)]
public sealed class ListeModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Numero { get; set; } = 1;

    public Page<ProgressionImport> Imports { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = await db.Imports.AsNoTracking().OrderByDescending(i => i.Id).PaginerAsync(Numero, null, ct);
        var maintenant = clock.GetUtcNow().UtcDateTime;
        Imports = page.Convertir(i => ProgressionImport.De(i, maintenant));
    }
}
