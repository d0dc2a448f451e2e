using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Structures.Annuaire;

[Authorize(Policy = Politiques.AnnuaireStructures)]
public sealed class FicheModel(AppDbContext db, IAuthorizationService authorization, Communes.Communes communes) : PageModel
{
    public FicheStructure Fiche { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var structure = await FicheStructure.ChargerAsync(db, id, ct);
        if (structure is null) return NotFound();
        if (!(await authorization.AuthorizeAsync(User, structure, ConsulterRequirement.Instance)).Succeeded) return Forbid();
        Fiche = FicheStructure.Depuis(structure, communes);
        return Page();
    }
}
