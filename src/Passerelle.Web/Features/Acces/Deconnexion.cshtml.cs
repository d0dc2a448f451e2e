using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Acces;

public sealed class DeconnexionModel(SignInManager<Utilisateur> signIn, AuditJournal audit) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.EnregistrerMaintenantAsync(AuditActions.Deconnexion, "Utilisateur", signIn.UserManager.GetUserId(User));
        await signIn.SignOutAsync();
        TempData.Informer("Vous êtes déconnecté.");
        return RedirectToPage("/Acces/Connexion");
    }
}
