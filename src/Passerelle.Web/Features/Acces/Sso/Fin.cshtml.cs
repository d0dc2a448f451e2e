using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Acces.Sso;

/// <summary>
/// The provider vouched for an e-mail address: the agent signs in with the Passerelle account of that address, if it
/// is active in an active département, and gets the same cookie as after a password (habilitations from Passerelle).
/// </summary>
[AllowAnonymous]
public sealed class FinModel(IOptions<OptionsSso> options, PasserelleSignInManager signIn, AuditJournal audit, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    private string Fournisseur => options.Value.NomFournisseur;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!options.Value.Active) return NotFound();
        var externe = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (externe is not { Succeeded: true, Principal: { } fournie }) return RedirectToPage("/Acces/Connexion");
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);

        var email = fournie.FindFirst("email")?.Value.Trim();
        if (string.IsNullOrEmpty(email) || fournie.FindFirst("email_verified")?.Value == "false")
            return await RefuserAsync(null, email, "Connexion unique : adresse absente ou non vérifiée",
                $"{Fournisseur} n'a pas transmis d'adresse électronique vérifiée. Connectez-vous avec vos identifiants Passerelle.");
        var user = await signIn.UserManager.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == signIn.UserManager.NormalizeEmail(email));
        if (user is null)
            return await RefuserAsync(null, email, "Connexion unique : aucun compte pour cette adresse",
                $"Aucun compte Passerelle n'est ouvert pour l'adresse {email}. Demandez à l'administrateur de votre département de vous en ouvrir un.");
        if (!await signIn.CanSignInAsync(user))
            return await RefuserAsync(user, email, "Connexion unique : compte désactivé",
                "Ce compte est désactivé. Contactez l'administrateur de votre département.");

        var doubleFacteur = fournie.HasClaim(EvenementsSso.ClaimDoubleFacteurFournisseur, "1");
        if (!doubleFacteur && user.TwoFactorEnabled)
        {
            await signIn.DemanderSecondFacteurAsync(user);
            return RedirectToPage("/Acces/SecondFacteur", new { ReturnUrl = ConnexionModel.DestinationSure(ReturnUrl) });
        }
        var proprietes = new AuthenticationProperties();
        if (externe.Properties?.Items.TryGetValue(EvenementsSso.ProprieteIdToken, out var jeton) == true)
            proprietes.Items[EvenementsSso.ProprieteIdToken] = jeton;
        Claim[] amr = doubleFacteur ? [new Claim(Politiques.ClaimMethodeAuthentification, Politiques.DoubleFacteur)] : [];
        await signIn.SignInWithClaimsAsync(user, proprietes, amr);
        await audit.EnregistrerMaintenantAsync(AuditActions.Connexion, "Utilisateur", user.Id,
            doubleFacteur ? $"Connexion unique ({Fournisseur}), double facteur du fournisseur" : $"Connexion unique ({Fournisseur})",
            user.Id, user.Email, user.DepartementId);
        return !doubleFacteur && await ConnexionModel.DoitActiverDoubleFacteurAsync(db, user)
            ? RedirectToPage("/Acces/DoubleAuthentification", new { obligatoire = true })
            : LocalRedirect(ConnexionModel.DestinationSure(ReturnUrl));
    }

    private async Task<IActionResult> RefuserAsync(Utilisateur? user, string? email, string raison, string message)
    {
        await audit.EnregistrerMaintenantAsync(AuditActions.ConnexionRefusee, user is null ? null : "Utilisateur", user?.Id, raison,
            user?.Id, email, user?.DepartementId);
        TempData.Signaler(message);
        return RedirectToPage("/Acces/Connexion");
    }
}
