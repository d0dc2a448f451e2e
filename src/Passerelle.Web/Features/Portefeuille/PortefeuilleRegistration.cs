namespace Passerelle.Web.Features.Portefeuille;

public static class PortefeuilleRegistration
{
    public static IServiceCollection AddPortefeuille(this IServiceCollection services) =>
        services.AddScoped<RequetePortefeuille>().AddScoped<Structure.VueStructure>();
}
