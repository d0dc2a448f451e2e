using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Features.Acces;

/// <summary>
/// Refuses sign-in to deactivated accounts and to the accounts of a deactivated département (the
/// password and second-factor checks then report NotAllowed).
/// </summary>
public sealed class PasserelleSignInManager(
    UserManager<Utilisateur> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<Utilisateur> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<Utilisateur>> logger,
    IAuthenticationSchemeProvider schemes, IUserConfirmation<Utilisateur> confirmation, AppDbContext db)
    : SignInManager<Utilisateur>(users, http, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(Utilisateur user) =>
        user.Actif
        && await db.Departements.AnyAsync(d => d.Id == user.DepartementId && d.Actif)
        && await base.CanSignInAsync(user);

    /// <summary>After a single sign-on that the provider did not back with a second factor: Passerelle's TOTP step, as after a password.</summary>
    public Task<SignInResult> DemanderSecondFacteurAsync(Utilisateur user) =>
        SignInOrTwoFactorAsync(user, isPersistent: false, loginProvider: Sso.OptionsSso.Schema);
}
