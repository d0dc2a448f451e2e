using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Utilisateurs;

/// <summary>
/// The one way administration pages reach accounts. Accounts escape the tenant filter (sign-in
/// reads them before a tenant is known), so the département boundary is drawn here: every page
/// that lists, opens or changes an account starts from <see cref="UtilisateursDuDepartement"/>.
/// </summary>
public static class AccesUtilisateurs
{
    public static IQueryable<Utilisateur> UtilisateursDuDepartement(this AppDbContext db)
    {
        var departementId = db.TenantId;
        return db.Users.Where(u => departementId != null && u.DepartementId == departementId);
    }

    public static Task<Utilisateur?> UtilisateurDuDepartementAsync(this AppDbContext db, string id) =>
        db.UtilisateursDuDepartement().SingleOrDefaultAsync(u => u.Id == id);

    /// <summary>True when no other active account of the département holds the administrator role.</summary>
    public static async Task<bool> EstDernierAdministrateurActifAsync(this AppDbContext db, string utilisateurId) =>
        !await db.UtilisateursDuDepartement().AnyAsync(u =>
            u.Id != utilisateurId && u.Actif && u.Habilitations.Any(h => h.Role == Role.Administrateur));
}
