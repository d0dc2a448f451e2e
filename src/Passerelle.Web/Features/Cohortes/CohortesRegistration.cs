namespace Passerelle.Web.Features.Cohortes;

public static class CohortesRegistration
{
    public static IServiceCollection AddCohortes(this IServiceCollection services)
    {
        services.AddScoped<RequeteCohorte>();
        services.AddScoped<ActionsGroupees>();
        services.AddScoped<ImpressionCourriers>();
        return services;
    }
}
