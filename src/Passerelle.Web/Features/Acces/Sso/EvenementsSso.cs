using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Acces.Sso;

/// <summary>
/// What Passerelle adds to the OpenID Connect exchange: the assurance level and amr asked for, the
/// second factor read from the signed id_token, the id_token_hint at sign-out, and a French refusal
/// (audit-logged) instead of an error page when the provider's answer does not validate.
/// </summary>
internal sealed class EvenementsSso(IOptions<OptionsSso> options, AuditJournal audit, ITempDataDictionaryFactory tempData, ILogger<EvenementsSso> logger)
    : OpenIdConnectEvents
{
    /// <summary>Set at sign-in when the id_token's amr holds "mfa" and the deployment trusts it.</summary>
    public const string ClaimDoubleFacteurFournisseur = "passerelle:sso-mfa";

    /// <summary>Where the id_token is kept in the application cookie's properties, for the id_token_hint at sign-out.</summary>
    public const string ProprieteIdToken = "passerelle:sso-id-token";

    private OptionsSso Sso => options.Value;

    public override Task RedirectToIdentityProvider(RedirectContext context)
    {
        // ProConnect returns amr (and the acr asked for) only when the "claims" parameter names them essential.
        var idToken = new Dictionary<string, object> { ["amr"] = new { essential = true } };
        if (Sso.NiveauxAcr.Length > 0) idToken["acr"] = new { essential = true, values = Sso.NiveauxAcr };
        context.ProtocolMessage.SetParameter("claims", JsonSerializer.Serialize(new { id_token = idToken }));
        return Task.CompletedTask;
    }

    /// <summary>Runs on the validated id_token's claims, before userinfo is merged (and before acr is dropped).</summary>
    public override Task TokenValidated(TokenValidatedContext context)
    {
        var identite = (ClaimsIdentity)context.Principal!.Identity!;
        var acr = identite.FindFirst("acr")?.Value;
        if (Sso.NiveauxAcr.Length > 0 && !Sso.NiveauxAcr.Contains(acr, StringComparer.Ordinal))
        {
            context.Fail($"Niveau d'assurance non accepté : {acr ?? "absent"}.");
            return Task.CompletedTask;
        }
        if (Sso.DoubleFacteurDuFournisseur && identite.FindAll("amr").Any(c => c.Value == Politiques.DoubleFacteur))
            identite.AddClaim(new Claim(ClaimDoubleFacteurFournisseur, "1"));
        if (context.TokenEndpointResponse?.IdToken is { } jeton)
            context.Properties!.Items[ProprieteIdToken] = jeton;
        return Task.CompletedTask;
    }

    public override Task RedirectToIdentityProviderForSignOut(RedirectContext context)
    {
        if (context.Properties.Items.TryGetValue(ProprieteIdToken, out var jeton)) context.ProtocolMessage.IdTokenHint = jeton;
        return Task.CompletedTask;
    }

    /// <summary>A forged or replayed state, a bad signature, a refusal at the provider: back to the sign-in page, logged.</summary>
    public override async Task RemoteFailure(RemoteFailureContext context)
    {
        logger.LogWarning("Connexion unique refusée : {Raison}", context.Failure?.Message);
        await audit.EnregistrerMaintenantAsync(AuditActions.ConnexionEchouee, details: "Connexion unique : réponse du fournisseur refusée", departementId: null);
        var messages = tempData.GetTempData(context.HttpContext);
        messages.Signaler($"La connexion avec {Sso.NomFournisseur} n'a pas abouti. Réessayez, ou connectez-vous avec votre adresse électronique et votre mot de passe Passerelle.");
        messages.Save();
        context.Response.Redirect("/connexion");
        context.HandleResponse();
    }
}
