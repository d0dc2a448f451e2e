using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Passerelle.Web.Features.Acces.Sso;

public static class SsoRegistration
{
    /// <summary>Single sign-on through the deployment's OpenID Connect provider, when one is configured (decision 0010).</summary>
    public static IServiceCollection AddSso(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(OptionsSso.Section);
        services.Configure<OptionsSso>(section);
        var sso = section.Get<OptionsSso>();
        if (sso is not { Active: true }) return services;
        var autorite = new Uri(sso.Autorite!);
        services.AddScoped<EvenementsSso>();
        services.AddAuthentication().AddOpenIdConnect(OptionsSso.Schema, sso.NomFournisseur, o =>
        {
            o.Authority = autorite.ToString();
            // Plain HTTP only for a provider on this machine (tests, a developer's own IdP).
            o.RequireHttpsMetadata = !autorite.IsLoopback;
            o.ClientId = sso.ClientId;
            o.ClientSecret = sso.SecretClient;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.ResponseMode = OpenIdConnectResponseMode.Query;
            o.UsePkce = true;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.CallbackPath = "/connexion/sso/retour";
            o.SignedOutCallbackPath = "/connexion/sso/deconnectee";
            o.RemoteSignOutPath = "/connexion/sso/deconnexion-distante";
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = sso.LireUserInfo;
            o.ClaimActions.MapUniqueJsonKey("email_verified", "email_verified");
            o.Scope.Clear();
            foreach (var portee in sso.Portees.Split(' ', StringSplitOptions.RemoveEmptyEntries)) o.Scope.Add(portee);
            // A top-level GET comes back from the provider (response_mode=query): Lax is enough.
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.EventsType = typeof(EvenementsSso);
        });
        return services;
    }
}
