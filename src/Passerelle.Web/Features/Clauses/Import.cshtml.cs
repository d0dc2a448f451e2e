using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Clauses;

/// <summary>Imports a spreadsheet of monthly hours: all lines recorded, or none with each bad line's number, column and reason.</summary>
[Authorize(Policy = Politiques.Clauses)]
[RequestSizeLimit(TailleMaximale)]
public sealed class ImportModel(ImportHeuresClause import) : PageModel
{
    public const int TailleMaximale = 10 * 1024 * 1024;

    public ResultatImportHeures? Resultat { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? fichier, CancellationToken ct)
    {
        if (fichier is null || fichier.Length == 0)
        {
            Resultat = new(false, "Choisissez un fichier CSV ou XLSX.", []);
            return Page();
        }
        await using var flux = fichier.OpenReadStream();
        Resultat = await import.ImporterAsync(flux, fichier.FileName, ct);
        return Page();
    }
}
