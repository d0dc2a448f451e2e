using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces.Sessions;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Features.Acces;

/// <summary>
/// Refuses sign-in to deactivated accounts and to the accounts of a deactivated département (the
/// password and second-factor checks then report NotAllowed). Each sign-in opens a session that sign-out
/// revokes server-side (docs/decisions/0009-sessions.md).
/// </summary>
public sealed class PasserelleSignInManager(
    UserManager<Utilisateur> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<Utilisateur> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<Utilisateur>> logger,
    IAuthenticationSchemeProvider schemes, IUserConfirmation<Utilisateur> confirmation, AppDbContext db, ServiceSessions sessions)
    : SignInManager<Utilisateur>(users, http, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(Utilisateur user) =>
        user.Actif
        && await db.Departements.AnyAsync(d => d.Id == user.DepartementId && d.Actif)
        && await base.CanSignInAsync(user);

    /// <summary>Every sign-in, including a refresh, opens a new session and revokes the one the browser held.</summary>
    public override async Task SignInWithClaimsAsync(Utilisateur user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        await RevoquerSessionCouranteAsync();
        var session = await sessions.OuvrirAsync(user.Id);
        await base.SignInWithClaimsAsync(user, authenticationProperties,
            additionalClaims.Where(c => c.Type != ServiceSessions.Claim).Append(new Claim(ServiceSessions.Claim, session)));
    }

    public override async Task SignOutAsync()
    {
        await RevoquerSessionCouranteAsync();
        await base.SignOutAsync();
    }

    /// <summary>Failed attempts are slowed down by <see cref="FreinageConnexion"/>, never turned into a lock an attacker could trigger.</summary>
    protected override Task<bool> IsLockedOut(Utilisateur user) => Task.FromResult(false);

    private Task RevoquerSessionCouranteAsync() =>
        Context.User.FindFirstValue(ServiceSessions.Claim) is { } session && UserManager.GetUserId(Context.User) is { } utilisateur
            ? sessions.RevoquerAsync(session, utilisateur)
            : Task.CompletedTask;

    /// <summary>After a single sign-on that the provider did not back with a second factor: Passerelle's TOTP step, as after a password.</summary>
    public Task<SignInResult> DemanderSecondFacteurAsync(Utilisateur user) =>
        SignInOrTwoFactorAsync(user, isPersistent: false, loginProvider: Sso.OptionsSso.Schema);
}
