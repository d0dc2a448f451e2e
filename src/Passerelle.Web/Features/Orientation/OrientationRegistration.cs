namespace Passerelle.Web.Features.Orientation;

public static class OrientationRegistration
{
    public static IServiceCollection AddOrientation(this IServiceCollection services)
    {
        services.AddScoped<ReglesEnVigueur>();
        services.AddScoped<SynchronisationParcours>();
        services.AddScoped<ServiceOrientation>();
        services.AddScoped<NotificationsOrientation>();
        return services;
    }
}
