using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// Lets the demo act through the services users call (convention 16): in a scope of its own, as one
/// of the département's demo accounts signed in, so the services check roles and scope and write
/// their audit entries exactly as for a user.
/// </summary>
internal static class ActeurDemo
{
    /// <remarks>A département whose demo has no such account (a reduced demo) is left as it is.</remarks>
    public static async Task AgirAsync(IServiceProvider services, int departementId, string email, Func<IServiceProvider, Task> action)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(departementId);
        var compte = await db.Users.AsNoTracking().Where(u => u.Email == email)
            .Select(u => new { u.Id, u.Prenom, u.Nom, Habilitations = db.Habilitations.Where(h => h.UtilisateurId == u.Id).Select(h => new { h.Role, h.StructureId, h.TerritoireId }).ToList() })
            .SingleOrDefaultAsync();
        if (compte is null) return;
        var identite = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, compte.Id),
            new Claim(ClaimTypes.Name, email),
            new Claim(PasserelleClaims.NomComplet, $"{compte.Prenom} {compte.Nom}"),
            new Claim(PasserelleClaims.Departement, departementId.ToString(CultureInfo.InvariantCulture)),
            .. compte.Habilitations.Select(h => new Claim(PasserelleClaims.Habilitation, PasserelleClaims.Encoder(h.Role, h.StructureId, h.TerritoireId))),
            .. compte.Habilitations.Select(h => new Claim(ClaimTypes.Role, h.Role.ToString())),
        ], "Demo");
        var accesseur = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var precedent = accesseur.HttpContext;
        accesseur.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identite), RequestServices = scope.ServiceProvider };
        try
        {
            await action(scope.ServiceProvider);
        }
        finally
        {
            accesseur.HttpContext = precedent;
        }
    }
}
