using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>Reads the first rows of a sample file with a configuration to check its mapping; nothing is stored.</summary>
[Authorize(Policy = Politiques.ImportDossiers)]
public sealed class EssaiModel(AppDbContext db, HeureLegale heure) : PageModel
{
    public string NomConfiguration { get; private set; } = "";
    public ApercuFichierTableur? Apercu { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await ChargerAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, IFormFile? fichier, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        if (fichier is null || fichier.Length == 0)
        {
            ModelState.AddModelError("fichier", "Choisissez un fichier CSV ou XLSX non vide.");
            return Page();
        }
        var configuration = await db.ConfigurationsTableur.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        await using var flux = fichier.OpenReadStream();
        Apercu = ApercuTableur.Construire(flux, Path.GetFileName(fichier.FileName), configuration,
            heure.Aujourdhui);
        return Page();
    }

    private async Task<bool> ChargerAsync(int id, CancellationToken ct)
    {
        NomConfiguration = await db.ConfigurationsTableur.Where(c => c.Id == id).Select(c => c.Nom).SingleOrDefaultAsync(ct) ?? "";
        return NomConfiguration.Length > 0;
    }
}
