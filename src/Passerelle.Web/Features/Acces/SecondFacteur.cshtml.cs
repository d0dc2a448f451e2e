using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Acces;

[AllowAnonymous]
public sealed class SecondFacteurModel(SignInManager<Utilisateur> signIn, AuditJournal audit, Sessions.FreinageConnexion freinage) : PageModel
{
    public sealed class SaisieCode
    {
        [Required(ErrorMessage = "Saisissez le code à 6 chiffres.")]
        [RegularExpression(@"^\s*\d{6}\s*$", ErrorMessage = "Le code comporte exactement 6 chiffres.")]
        public string Code { get; set; } = "";
    }

    internal const string MessageCode =
        "Ce code est incorrect, a expiré ou a déjà servi. Saisissez le prochain code affiché ; après plusieurs échecs, patientez quelques minutes.";

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
        // Codes are slowed down like passwords: six digits would not resist a free run of guesses.
        var (compte, adresse) = ("second-facteur:" + user.Id, HttpContext.Connection.RemoteIpAddress?.ToString());
        var resultat = freinage.EstFreine(compte, adresse)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.TwoFactorAuthenticatorSignInAsync(Saisie.Code.Trim(), isPersistent: false, rememberClient: false);
        if (resultat.Succeeded)
        {
            freinage.Reussite(compte, adresse);
            await audit.EnregistrerMaintenantAsync(AuditActions.Connexion, "Utilisateur", user.Id, "Avec second facteur", user.Id, user.Email, user.DepartementId);
            return LocalRedirect(ConnexionModel.DestinationSure(ReturnUrl));
        }
        var (raison, message) = resultat switch
        {
            { IsNotAllowed: true } => ("Compte désactivé", "Ce compte est désactivé. Contactez l'administrateur de votre département."),
            _ => ("Code incorrect, déjà utilisé ou tentative retardée", MessageCode),
        };
        if (!resultat.IsNotAllowed) freinage.Echec(compte, adresse);
        var action = resultat.IsNotAllowed ? AuditActions.ConnexionRefusee : AuditActions.ConnexionEchouee;
        await audit.EnregistrerMaintenantAsync(action, "Utilisateur", user.Id, raison, user.Id, user.Email, user.DepartementId);
        ModelState.AddModelError("Saisie.Code", message);
        return Page();
    }
}
