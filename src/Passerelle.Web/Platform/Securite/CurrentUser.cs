using System.Globalization;
using System.Security.Claims;

namespace Passerelle.Web.Platform.Securite;

/// <summary>The signed-in user as the request sees it: département, habilitations, second factor.</summary>
public sealed class CurrentUser(IHttpContextAccessor http)
{
    private ClaimsPrincipal? Principal => http.HttpContext?.User is { Identity.IsAuthenticated: true } p ? p : null;

    public bool EstConnecte => Principal is not null;
    public string? Id => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? Email => Principal?.FindFirstValue(ClaimTypes.Name);
    public string? NomComplet => Principal?.FindFirstValue(PasserelleClaims.NomComplet);

    /// <summary>A partner's script calling with an API key, not a person.</summary>
    public bool EstCleApi => Principal?.Identity?.AuthenticationType == SchemasAuthentification.CleApi;

    public int? DepartementId =>
        int.TryParse(Principal?.FindFirstValue(PasserelleClaims.Departement), CultureInfo.InvariantCulture, out var id) ? id : null;

    public IReadOnlyList<HabilitationCourante> Habilitations => Principal is null ? [] : LireHabilitations(Principal);

    public bool A(Role role) => Habilitations.Any(h => h.Role == role);

    public static IReadOnlyList<HabilitationCourante> LireHabilitations(ClaimsPrincipal principal) =>
        principal.FindAll(PasserelleClaims.Habilitation)
            .Select(c => PasserelleClaims.Decoder(c.Value))
            .OfType<HabilitationCourante>()
            .ToList();
}
