using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Acces;

/// <summary>Puts the département, the habilitations and their roles into the cookie at sign-in.</summary>
internal sealed class ClaimsFactory(UserManager<Utilisateur> users, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<Utilisateur>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Utilisateur user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PasserelleClaims.Departement, user.DepartementId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(PasserelleClaims.NomComplet, user.NomComplet));
        var departement = await db.Departements.Where(d => d.Id == user.DepartementId).Select(d => d.Nom).SingleAsync();
        identity.AddClaim(new Claim(PasserelleClaims.NomDepartement, departement));
        if (user.AdministrateurPlateforme) identity.AddClaim(new Claim(PasserelleClaims.Plateforme, "1"));
        // Habilitations are read without the tenant filter: the tenant is what this sign-in establishes.
        var habilitations = await db.Habilitations.IgnoreQueryFilters()
            .Where(h => h.UtilisateurId == user.Id && h.DepartementId == user.DepartementId)
            .ToListAsync();
        foreach (var h in habilitations)
            identity.AddClaim(new Claim(PasserelleClaims.Habilitation, PasserelleClaims.Encoder(h.Role, h.StructureId, h.TerritoireId)));
        foreach (var role in habilitations.Select(h => h.Role).Distinct())
            identity.AddClaim(new Claim(ClaimTypes.Role, role.ToString()));
        return identity;
    }
}
