using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Contrats.Document;

/// <summary>Downloads the CER as a PDF (<see cref="DocumentContrat"/>); 404 outside the user's scope.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class IndexModel(DocumentContrat document) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int contratId, CancellationToken ct) =>
        await document.ProduireAsync(id, contratId, ct) is { } fichier ? File(fichier.Contenu, "application/pdf", fichier.Nom) : NotFound();
}
