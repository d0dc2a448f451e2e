namespace Passerelle.Web.Features.Personnes;

public static class PersonnesRegistration
{
    public static IServiceCollection AddPersonnes(this IServiceCollection services)
    {
        services.AddScoped<CourriersPersonne>();
        return services;
    }
}
