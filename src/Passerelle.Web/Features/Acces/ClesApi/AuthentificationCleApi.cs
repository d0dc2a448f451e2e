using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Features.Acces.ClesApi;

/// <summary>
/// <c>Authorization: Bearer psr_…</c>: a revoked key, a key of a closed département or an unknown key
/// is refused (401). Only the endpoints whose policy names this scheme accept it.
/// </summary>
public sealed class AuthentificationCleApi(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Schema = "CleApi";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var entete = Request.Headers.Authorization.ToString();
        if (!entete.StartsWith("Bearer ", StringComparison.Ordinal)) return AuthenticateResult.NoResult();
        var cle = entete["Bearer ".Length..].Trim();
        if (CleApi.PrefixeDe(cle) is not { } prefixe) return AuthenticateResult.Fail("Clé d'API mal formée.");
        var db = Context.RequestServices.GetRequiredService<AppDbContext>();
        // No tenant yet: the key is what tells the département, hence the one filter-free look-up.
        var trouvee = await db.ClesApi.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Prefixe == prefixe && c.Actif && db.Departements.Any(d => d.Id == c.DepartementId && d.Actif))
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (trouvee is null || !trouvee.Correspond(cle)) return AuthenticateResult.Fail("Clé d'API inconnue ou révoquée.");
        await db.ClesApi.IgnoreQueryFilters().Where(c => c.Id == trouvee.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.DerniereUtilisation, clock.GetUtcNow().UtcDateTime), Context.RequestAborted);
        var identite = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, $"cle-api:{trouvee.Id}"),
            new Claim(ClaimTypes.Name, $"Clé d'API « {trouvee.Nom} »"),
            new Claim(PasserelleClaims.Departement, trouvee.DepartementId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(PasserelleClaims.Habilitation, PasserelleClaims.Encoder(Role.AgentDepartemental, null, null)),
        ], Schema);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identite), Schema));
    }
}
