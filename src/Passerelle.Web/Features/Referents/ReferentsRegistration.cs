using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Web.Features.Referents;

public static class ReferentsRegistration
{
    public static IServiceCollection AddReferents(this IServiceCollection services) =>
        services.AddAccesPersonnes<AccesPortefeuille>();
}
