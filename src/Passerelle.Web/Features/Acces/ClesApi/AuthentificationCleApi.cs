using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Acces.ClesApi;

/// <summary>
/// <c>Authorization: Bearer psr_…</c>: an unknown, revoked or expired key, or a key of a closed
/// département, is refused (401). Only the endpoints marked <see cref="PorteesApi.AccepteCle"/>
/// run this scheme; the scopes then decide (403 without the endpoint's one).
/// </summary>
public sealed class AuthentificationCleApi(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Schema = SchemasAuthentification.CleApi;
    public const string ClaimPortee = PasserelleClaims.PorteeCle;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var entete = Request.Headers.Authorization.ToString();
        if (!entete.StartsWith("Bearer ", StringComparison.Ordinal)) return AuthenticateResult.NoResult();
        var texte = entete["Bearer ".Length..].Trim();
        if (CleApi.PrefixeDe(texte) is not { } prefixe) return AuthenticateResult.Fail("Clé d'API mal formée.");
        var db = Context.RequestServices.GetRequiredService<AppDbContext>();
        // No tenant yet: the key is what tells the département, hence the one filter-free look-up.
        var trouvee = await db.ClesApi.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Prefixe == prefixe)
            .Select(c => new { Cle = c, DepartementActif = db.Departements.Any(d => d.Id == c.DepartementId && d.Actif) })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (trouvee is null || !trouvee.Cle.Correspond(texte)) return AuthenticateResult.Fail("Clé d'API inconnue.");
        var cle = trouvee.Cle;
        // The key is genuine: every call is journaled from here, refusals included, for the administrator to see.
        JournalAppelsCles.Suivre(Context, cle);
        if (!cle.Actif) return AuthenticateResult.Fail("Clé d'API révoquée.");
        if (clock.GetUtcNow().UtcDateTime >= cle.ExpireLe) return AuthenticateResult.Fail("Clé d'API expirée.");
        if (!trouvee.DepartementActif) return AuthenticateResult.Fail("Département fermé.");
        var identite = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, $"cle-api:{cle.Id}"),
            new Claim(ClaimTypes.Name, $"Clé d'API « {cle.Nom} »"),
            new Claim(PasserelleClaims.Departement, cle.DepartementId.ToString(CultureInfo.InvariantCulture)),
            new Claim(PasserelleClaims.Habilitation, PasserelleClaims.Encoder(Role.AgentDepartemental, null, null)),
            new Claim(ClaimTypes.Role, nameof(Role.AgentDepartemental)),
            .. cle.ListePortees.Select(p => new Claim(ClaimPortee, p)),
        ], Schema);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identite), Schema));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }
}
