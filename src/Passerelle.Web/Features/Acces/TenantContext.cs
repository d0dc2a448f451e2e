using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Acces;

/// <summary>
/// The tenant is the signed-in user's département. Work without a user (start-up seeding, command
/// line, background jobs) names its département explicitly with <see cref="Utiliser"/>.
/// </summary>
public sealed class TenantContext(CurrentUser user) : ITenantContext
{
    private int? explicite;

    public int? DepartementId => explicite ?? user.DepartementId;

    public void Utiliser(int departementId)
    {
        if (user.EstConnecte && user.DepartementId != departementId)
            throw new InvalidOperationException("Un utilisateur connecté ne peut pas changer de département.");
        explicite = departementId;
    }
}
