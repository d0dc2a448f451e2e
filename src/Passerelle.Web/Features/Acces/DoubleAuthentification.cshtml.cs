using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Acces;

/// <summary>Sets up TOTP (RFC 6238) with the user's authenticator app.</summary>
public sealed class DoubleAuthentificationModel(UserManager<Utilisateur> users, SignInManager<Utilisateur> signIn, AuditJournal audit) : PageModel
{
    [BindProperty] public SecondFacteurModel.SaisieCode Saisie { get; set; } = new();
    [BindProperty(SupportsGet = true)] public bool Obligatoire { get; set; }
    public bool DejaActive { get; private set; }
    public string CleFormatee { get; private set; } = "";
    public string UriConfiguration { get; private set; } = "";
    public string QrCode { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await PreparerAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (ModelState.IsValid && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Saisie.Code.Trim()))
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            await audit.EnregistrerMaintenantAsync(AuditActions.DoubleAuthentificationActivee, "Utilisateur", user.Id);
            // The session now counts as verified with a second factor, as after a two-factor sign-in.
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(Politiques.ClaimMethodeAuthentification, Politiques.DoubleFacteur)]);
            TempData.Confirmer("La double authentification est activée.");
            return Redirect("/");
        }
        if (ModelState.IsValid)
            ModelState.AddModelError("Saisie.Code", "Ce code est incorrect ou a expiré. Saisissez le code affiché maintenant.");
        await PreparerAsync(user);
        return Page();
    }

    private async Task PreparerAsync(Utilisateur user)
    {
        DejaActive = user.TwoFactorEnabled;
        if (DejaActive) return;
        var cle = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(cle))
        {
            // ResetAuthenticatorKeyAsync would also renew the security stamp, signing the user out a minute later for
            // merely opening this page: the key alone is stored (an unused key invalidates nothing).
            cle = users.GenerateNewAuthenticatorKey();
            await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", cle);
        }
        CleFormatee = string.Join(' ', cle.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        UriConfiguration = $"otpauth://totp/Passerelle:{Uri.EscapeDataString(user.Email ?? "")}?secret={cle}&issuer=Passerelle&digits=6";
        using var generateur = new QRCoder.QRCodeGenerator();
        using var donnees = generateur.CreateQrCode(UriConfiguration, QRCoder.QRCodeGenerator.ECCLevel.M);
        QrCode = "data:image/png;base64," + Convert.ToBase64String(new QRCoder.PngByteQRCode(donnees).GetGraphic(5));
    }
}
