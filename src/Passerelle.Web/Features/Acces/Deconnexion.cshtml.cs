using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Acces;

public sealed class DeconnexionModel(SignInManager<Utilisateur> signIn, AuditJournal audit) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.EnregistrerMaintenantAsync(AuditActions.Deconnexion, "Utilisateur", signIn.UserManager.GetUserId(User));
        var fournisseur = await Sso.DeconnexionFournisseur.ProprietesAsync(HttpContext);
        await signIn.SignOutAsync();
        TempData.Informer("Vous êtes déconnecté.");
        return fournisseur is null ? RedirectToPage("/Acces/Connexion") : SignOut(fournisseur, Sso.OptionsSso.Schema);
    }
}
