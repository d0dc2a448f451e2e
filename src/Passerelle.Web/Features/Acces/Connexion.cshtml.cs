using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Features.Acces;

[AllowAnonymous]
public sealed class ConnexionModel(SignInManager<Utilisateur> signIn, UserManager<Utilisateur> users, AuditJournal audit, Data.AppDbContext db) : PageModel
{
    public sealed class SaisieConnexion
    {
        [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Saisissez votre mot de passe.")]
        public string MotDePasse { get; set; } = "";
    }

    [BindProperty] public SaisieConnexion Saisie { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Message { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == users.NormalizeEmail(Saisie.Email.Trim()));
        if (user is null)
        {
            await audit.EnregistrerMaintenantAsync(AuditActions.ConnexionEchouee, details: "Compte inconnu", departementId: null);
            return Echec("Adresse électronique ou mot de passe incorrect.");
        }
        var resultat = await signIn.PasswordSignInAsync(user, Saisie.MotDePasse, isPersistent: false, lockoutOnFailure: true);
        var trace = (string action, string? details) => audit.EnregistrerMaintenantAsync(
            action, "Utilisateur", user.Id, details, user.Id, user.Email, user.DepartementId);
        if (resultat.Succeeded)
        {
            await trace(AuditActions.Connexion, null);
            return await DoitActiverDoubleFacteurAsync(db, user)
                ? RedirectToPage("/Acces/DoubleAuthentification", new { obligatoire = true })
                : LocalRedirect(DestinationSure(ReturnUrl));
        }
        if (resultat.RequiresTwoFactor)
            return RedirectToPage("/Acces/SecondFacteur", new { ReturnUrl });
        if (resultat.IsLockedOut)
        {
            await trace(AuditActions.ConnexionRefusee, "Compte verrouillé");
            return Echec("Ce compte est verrouillé après plusieurs échecs. Réessayez dans 15 minutes ou contactez votre administrateur.");
        }
        if (resultat.IsNotAllowed)
        {
            await trace(AuditActions.ConnexionRefusee, "Compte désactivé");
            return Echec("Ce compte est désactivé. Contactez l'administrateur de votre département.");
        }
        await trace(AuditActions.ConnexionEchouee, "Mot de passe incorrect");
        return Echec("Adresse électronique ou mot de passe incorrect.");
    }

    /// <summary>Administrators must use a second factor: without one, they are sent to set it up.</summary>
    internal static async Task<bool> DoitActiverDoubleFacteurAsync(Data.AppDbContext db, Utilisateur user) =>
        !user.TwoFactorEnabled && await db.Habilitations.IgnoreQueryFilters()
            .AnyAsync(h => h.UtilisateurId == user.Id && h.Role == Role.Administrateur);

    private PageResult Echec(string message)
    {
        Message = message;
        return Page();
    }

    internal static string DestinationSure(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
        // LocalRedirect refuses control characters (a browser drops "/\t/" down to "//"): sent home, never a 500.
        && !returnUrl.Any(char.IsControl) ? returnUrl : "/";
}
