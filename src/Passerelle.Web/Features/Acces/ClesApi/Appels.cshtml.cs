using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Acces.ClesApi;

/// <summary>The call log of one key, newest first, by page. Administrators only.</summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class AppelsModel(AppDbContext db, IOptions<OptionsClesApi> options) : PageModel
{
    public string Nom { get; private set; } = "";
    public string Prefixe { get; private set; } = "";
    public int ConservationJours => options.Value.ConservationAppelsJours;
    public Page<AppelCleApi> Appels { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery(Name = Pagination.Parametre)] int? numero, CancellationToken ct)
    {
        var cle = await db.ClesApi.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Nom, c.Prefixe }).SingleOrDefaultAsync(ct);
        if (cle is null) return NotFound();
        (Nom, Prefixe) = (cle.Nom, cle.Prefixe);
        Appels = await db.AppelsClesApi.AsNoTracking().Where(a => a.CleApiId == id)
            .OrderByDescending(a => a.Instant).ThenByDescending(a => a.Id)
            .PaginerAsync(numero, Pagination.TailleParDefaut, ct);
        return Page();
    }
}
