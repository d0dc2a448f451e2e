using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions.Pages;

/// <summary>Downloads the notification letter (<see cref="NotificationDecisionEp"/>); 404 outside the user's reach or before the notification.</summary>
[Authorize(Policy = Politiques.GestionEquipesPluridisciplinaires)]
public sealed class NotificationModel(NotificationDecisionEp notification) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await notification.DocumentAsync(id, ct) is { } fichier ? File(fichier.Contenu, "application/pdf", fichier.Nom) : NotFound();
}
