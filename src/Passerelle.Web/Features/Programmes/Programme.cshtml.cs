using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Programmes;

/// <summary>A programme's tree, in the document's order, down to the fiches-actions; another département's programme is not found.</summary>
[Authorize(Policy = Politiques.Programmes)]
public sealed class ProgrammeModel(ConsultationProgrammes consultation) : PageModel
{
    public ArbreProgramme Arbre { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await consultation.ArbreAsync(id, ct) is not { } arbre) return NotFound();
        Arbre = arbre;
        return Page();
    }
}
