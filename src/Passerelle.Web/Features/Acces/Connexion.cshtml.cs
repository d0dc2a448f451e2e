using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Acces;

[AllowAnonymous]
public sealed class ConnexionModel(
    SignInManager<Utilisateur> signIn, UserManager<Utilisateur> users, AuditJournal audit, Data.AppDbContext db, Sessions.FreinageConnexion freinage) : PageModel
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
        var email = users.NormalizeEmail(Saisie.Email.Trim()) ?? "";
        var adresse = HttpContext.Connection.RemoteIpAddress?.ToString();
        var freine = freinage.EstFreine(email, adresse);
        var user = await users.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == email);
        if (user is null || freine)
        {
            // The same password hash work whether the account exists, is slowed down or not: timing tells nothing.
            users.PasswordHasher.VerifyHashedPassword(user ?? Fictif, user?.PasswordHash ?? EmpreinteFictive(users.PasswordHasher), Saisie.MotDePasse);
            if (!freine) freinage.Echec(email, adresse);
            await audit.EnregistrerMaintenantAsync(freine ? AuditActions.ConnexionRefusee : AuditActions.ConnexionEchouee, "Utilisateur", user?.Id,
                user is null ? "Compte inconnu" : "Trop d'échecs récents : tentative retardée", user?.Id, user?.Email, user?.DepartementId);
            return Echec(MessageEchec);
        }
        var resultat = await signIn.PasswordSignInAsync(user, Saisie.MotDePasse, isPersistent: false, lockoutOnFailure: false);
        var trace = (string action, string? details) => audit.EnregistrerMaintenantAsync(
            action, "Utilisateur", user.Id, details, user.Id, user.Email, user.DepartementId);
        if (resultat.Succeeded || resultat.RequiresTwoFactor) freinage.Reussite(email, adresse);
        if (resultat.Succeeded)
        {
            await trace(AuditActions.Connexion, null);
            return await DoitActiverDoubleFacteurAsync(db, user)
                ? RedirectToPage("/Acces/DoubleAuthentification", new { obligatoire = true })
                : LocalRedirect(DestinationSure(ReturnUrl));
        }
        if (resultat.RequiresTwoFactor)
            return RedirectToPage("/Acces/SecondFacteur", new { ReturnUrl });
        if (resultat.IsNotAllowed)
        {
            await trace(AuditActions.ConnexionRefusee, "Compte désactivé");
            return Echec("Ce compte est désactivé. Contactez l'administrateur de votre département.");
        }
        freinage.Echec(email, adresse);
        await trace(AuditActions.ConnexionEchouee, "Mot de passe incorrect");
        return Echec(MessageEchec);
    }

    /// <summary>One message for a wrong address, a wrong password and a slowed-down attempt: none says which.</summary>
    internal const string MessageEchec =
        "Adresse électronique ou mot de passe incorrect. Après plusieurs échecs, la connexion est retardée : patientez quelques minutes avant de réessayer.";

    private static readonly Utilisateur Fictif = new() { Prenom = "", Nom = "" };
    private static string? empreinteFictive;

    private static string EmpreinteFictive(IPasswordHasher<Utilisateur> hacheur) =>
        empreinteFictive ??= hacheur.HashPassword(Fictif, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));

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
