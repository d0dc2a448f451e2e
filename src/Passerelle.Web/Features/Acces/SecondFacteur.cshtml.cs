using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Acces;

[AllowAnonymous]
public sealed class SecondFacteurModel(SignInManager<Utilisateur> signIn, AuditJournal audit) : PageModel
{
    public sealed class SaisieCode
    {
        [Required(ErrorMessage = "Saisissez le code à 6 chiffres.")]
        [RegularExpression(@"^\s*\d{6}\s*$", ErrorMessage = "Le code comporte exactement 6 chiffres.")]
        public string Code { get; set; } = "";
    }

    [BindProperty] public SaisieCode Saisie { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Acces/Connexion") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            TempData.Signaler("Votre connexion a expiré : saisissez à nouveau vos identifiants.");
            return RedirectToPage("/Acces/Connexion");
        }
        if (!ModelState.IsValid) return Page();
        var resultat = await signIn.TwoFactorAuthenticatorSignInAsync(Saisie.Code.Trim(), isPersistent: false, rememberClient: false);
        if (resultat.Succeeded)
        {
            await audit.EnregistrerMaintenantAsync(AuditActions.Connexion, "Utilisateur", user.Id, "Avec second facteur", user.Id, user.Email, user.DepartementId);
            return LocalRedirect(ConnexionModel.DestinationSure(ReturnUrl));
        }
        var (raison, message) = resultat switch
        {
            { IsLockedOut: true } => ("Compte verrouillé", "Ce compte est verrouillé après plusieurs échecs. Réessayez dans 15 minutes."),
            { IsNotAllowed: true } => ("Compte désactivé", "Ce compte est désactivé. Contactez l'administrateur de votre département."),
            _ => ("Code incorrect", "Ce code est incorrect ou a expiré. Saisissez le code affiché maintenant."),
        };
        var action = resultat.IsNotAllowed || resultat.IsLockedOut ? AuditActions.ConnexionRefusee : AuditActions.ConnexionEchouee;
        await audit.EnregistrerMaintenantAsync(action, "Utilisateur", user.Id, raison, user.Id, user.Email, user.DepartementId);
        ModelState.AddModelError("Saisie.Code", message);
        return Page();
    }
}
