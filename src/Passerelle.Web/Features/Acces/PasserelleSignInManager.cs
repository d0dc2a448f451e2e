using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Features.Acces;

/// <summary>Refuses sign-in to deactivated accounts (the password check then reports NotAllowed).</summary>
internal sealed class PasserelleSignInManager(
    UserManager<Utilisateur> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<Utilisateur> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<Utilisateur>> logger,
    IAuthenticationSchemeProvider schemes, IUserConfirmation<Utilisateur> confirmation)
    : SignInManager<Utilisateur>(users, http, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(Utilisateur user) => user.Actif && await base.CanSignInAsync(user);
}
