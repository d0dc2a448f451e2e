using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Clauses;

/// <summary>
/// Imports a spreadsheet of monthly hours: all lines recorded (and the persons not yet on their contract registered), or none
/// with each bad line's number, column and reason; « vérifier seulement » says what the import would do and writes nothing.
/// </summary>
[Authorize(Policy = Politiques.Clauses)]
[RequestSizeLimit(TailleMaximale)]
public sealed class ImportModel(ImportHeuresClause import) : PageModel
{
    public const int TailleMaximale = 10 * 1024 * 1024;

    [BindProperty] public bool Verification { get; set; }

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
        Resultat = await import.ImporterAsync(flux, fichier.FileName, Verification, ct);
        return Page();
    }
}
