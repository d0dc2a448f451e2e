using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Passerelle.Web.Features.Acces.Sso;

/// <summary>
/// Sign-out after a single sign-on also ends the session at the provider (ProConnect requires id_token_hint):
/// otherwise the next click on "Se connecter avec …" would sign the agent straight back in.
/// </summary>
public static class DeconnexionFournisseur
{
    /// <summary>Read before Passerelle's own sign-out: the provider's sign-out to chain, or null after a local sign-in.</summary>
    public static async Task<AuthenticationProperties?> ProprietesAsync(HttpContext http)
    {
        if (!http.RequestServices.GetRequiredService<IOptions<OptionsSso>>().Value.Active) return null;
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (session.Properties?.Items.TryGetValue(EvenementsSso.ProprieteIdToken, out var jeton) != true || jeton is null) return null;
        var proprietes = new AuthenticationProperties { RedirectUri = "/connexion" };
        proprietes.Items[EvenementsSso.ProprieteIdToken] = jeton;
        return proprietes;
    }
}
