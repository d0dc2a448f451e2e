using Microsoft.Extensions.DependencyInjection.Extensions;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Portefeuille;

public static class PortefeuilleRegistration
{
    public static IServiceCollection AddPortefeuille(this IServiceCollection services)
    {
        services.AddScoped<RequetePortefeuille>().AddScoped<Structure.VueStructure>();
        // The structure head's assignment goes through the orientation service; Try: AddOrientation may register it too.
        services.TryAddScoped<ServiceOrientation>();
        return services;
    }
}
