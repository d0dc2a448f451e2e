using System.Collections.Immutable;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Passerelle.Web.Platform.Securite;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Passerelle.Tests.Features.Acces.Sso;

/// <summary>
/// A real OpenID Connect provider (OpenIddict) on a free Kestrel port, shaped like ProConnect: authorization code
/// with PKCE required, amr in the signed id_token, the e-mail only through userinfo. Who signs in at the provider is
/// told by the test's request headers (the provider's own login page is not what is tested).
/// </summary>
public sealed class FournisseurOidc : IAsyncDisposable
{
    public const string ClientId = "passerelle-test";
    public const string Secret = "secret-du-client-de-test";
    public const string EnteteEmail = "X-Test-Email";
    public const string EnteteDoubleFacteur = "X-Test-Mfa";

    private WebApplication? hote;

    public Uri Autorite { get; private set; } = null!;

    /// <summary>When set, rewrites the id_token of the token response (a forged or tampered token).</summary>
    public Func<string, string>? AlterationIdToken { get; set; }

    public async Task DemarrerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication();
        builder.Services.AddOpenIddict().AddServer(o =>
        {
            o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token")
                .SetUserInfoEndpointUris("connect/userinfo").SetEndSessionEndpointUris("connect/endsession");
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            o.RegisterScopes(Scopes.OpenId, Scopes.Email, "given_name", "usual_name");
            o.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
            // No application store: the one client is checked by the handlers below.
            o.EnableDegradedMode();
            o.AddEventHandler<ValidateAuthorizationRequestContext>(b => b.UseInlineHandler(c =>
            {
                if (c.ClientId != ClientId) c.Reject(Errors.InvalidClient, "Client inconnu.");
                else if (c.RedirectUri?.EndsWith("/connexion/sso/retour", StringComparison.Ordinal) != true) c.Reject(Errors.InvalidRequest, "redirect_uri refusée.");
                return default;
            }));
            o.AddEventHandler<ValidateTokenRequestContext>(b => b.UseInlineHandler(c =>
            {
                if (c.ClientId != ClientId || c.ClientSecret != Secret) c.Reject(Errors.InvalidClient, "Client ou secret incorrect.");
                return default;
            }));
            o.AddEventHandler<ValidateEndSessionRequestContext>(b => b.UseInlineHandler(_ => default));
            o.UseAspNetCore().DisableTransportSecurityRequirement()
                .EnableAuthorizationEndpointPassthrough().EnableUserInfoEndpointPassthrough().EnableEndSessionEndpointPassthrough();
        });
        hote = builder.Build();
        // Before OpenIddict's own middleware (authentication), so that the token response it writes can be rewritten.
        hote.Use(AltererReponseJetonAsync);
        hote.UseAuthentication();
        hote.MapGet("/connect/authorize", Autoriser);
        hote.MapMethods("/connect/userinfo", ["GET", "POST"], (Func<HttpContext, Task<IResult>>)InformationsAsync);
        hote.MapGet("/connect/endsession", () => Results.SignOut(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]));
        await hote.StartAsync();
        Autorite = new Uri(hote.Urls.Single() + "/");
    }

    private static IResult Autoriser(HttpContext http)
    {
        var requete = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Pas de requête OpenID Connect.");
        var email = http.Request.Headers[EnteteEmail].ToString();
        var identite = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identite.SetClaim(Claims.Subject, "agent-" + email).SetClaim(Claims.Email, email);
        identite.SetClaims(Claims.AuthenticationMethodReference,
            http.Request.Headers[EnteteDoubleFacteur] == "1" ? ImmutableArray.Create("pwd", "mfa") : ImmutableArray.Create("pwd"));
        identite.SetScopes(requete.GetScopes());
        // As ProConnect: amr in the id_token, the e-mail only through userinfo (carried by the access token).
        identite.SetDestinations(c => c.Type switch
        {
            Claims.AuthenticationMethodReference => [Destinations.IdentityToken],
            Claims.Email => [Destinations.AccessToken],
            _ => [Destinations.AccessToken, Destinations.IdentityToken],
        });
        return Results.SignIn(new ClaimsPrincipal(identite), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> InformationsAsync(HttpContext http)
    {
        var jeton = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (jeton.Principal is not { } principal) return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        return Results.Json(new Dictionary<string, string?>
        {
            [Claims.Subject] = principal.GetClaim(Claims.Subject),
            [Claims.Email] = principal.GetClaim(Claims.Email),
        });
    }

    private async Task AltererReponseJetonAsync(HttpContext http, RequestDelegate suite)
    {
        if (AlterationIdToken is not { } alterer || http.Request.Path != "/connect/token")
        {
            await suite(http);
            return;
        }
        var corps = http.Response.Body;
        using var tampon = new MemoryStream();
        http.Response.Body = tampon;
        await suite(http);
        var reponse = JsonNode.Parse(tampon.ToArray())!;
        if (reponse["id_token"] is { } idToken) reponse["id_token"] = alterer(idToken.GetValue<string>());
        var octets = JsonSerializer.SerializeToUtf8Bytes(reponse);
        http.Response.Body = corps;
        http.Response.ContentLength = octets.Length;
        await corps.WriteAsync(octets);
    }

    /// <summary>The agent's browser at the provider (signed in there as <paramref name="email"/>): returns where the provider sends it back.</summary>
    public static async Task<Uri> VisiterAsync(Uri demande, string email, bool doubleFacteur)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var requete = new HttpRequestMessage(HttpMethod.Get, demande);
        requete.Headers.Add(EnteteEmail, email);
        requete.Headers.Add(EnteteDoubleFacteur, doubleFacteur ? "1" : "0");
        using var reponse = await client.SendAsync(requete);
        Assert.True(reponse.Headers.Location is not null, $"Le fournisseur n'a pas renvoyé vers Passerelle ({reponse.StatusCode}) : {await reponse.Content.ReadAsStringAsync()}");
        return reponse.Headers.Location!;
    }

    public async ValueTask DisposeAsync()
    {
        if (hote is not null) await hote.DisposeAsync();
    }
}
