using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Features.Acces.Sessions;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Acces;

/// <summary>A new password and its confirmation, as both password pages ask them.</summary>
public class SaisieNouveauMotDePasse
{
    [Required(ErrorMessage = "Saisissez le nouveau mot de passe.")]
    public string NouveauMotDePasse { get; set; } = "";

    [Required(ErrorMessage = "Saisissez à nouveau le nouveau mot de passe.")]
    [Compare(nameof(NouveauMotDePasse), ErrorMessage = "Les deux saisies du nouveau mot de passe sont différentes.")]
    public string Confirmation { get; set; } = "";
}

/// <summary>Changes one's own password: the current one is required, and every other session ends at once.</summary>
public sealed class MotDePasseModel(UserManager<Utilisateur> users, SignInManager<Utilisateur> signIn, ServiceSessions sessions, AuditJournal audit) : PageModel
{
    public sealed class SaisieChangement : SaisieNouveauMotDePasse
    {
        [Required(ErrorMessage = "Saisissez votre mot de passe actuel.")]
        public string MotDePasseActuel { get; set; } = "";
    }

    [BindProperty] public SaisieChangement Saisie { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid) return Page();
        var resultat = await users.ChangePasswordAsync(user, Saisie.MotDePasseActuel, Saisie.NouveauMotDePasse);
        if (!resultat.Succeeded)
        {
            foreach (var e in resultat.Errors)
                ModelState.AddModelError(e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Saisie.MotDePasseActuel" : "Saisie.NouveauMotDePasse", e.Description);
            return Page();
        }
        await sessions.RevoquerToutesAsync(user.Id);
        await audit.EnregistrerMaintenantAsync(AuditActions.MotDePasseModifie, "Utilisateur", user.Id);
        // The stamp changed with the password: this browser signs in again, keeping its second factor.
        await signIn.RefreshSignInAsync(user);
        TempData.Confirmer("Votre mot de passe est modifié. Vos autres sessions ouvertes sont fermées.");
        return RedirectToPage("/Acces/Compte");
    }
}
