namespace Passerelle.Web.Features.Envois;

public static class EnvoisRegistration
{
    public static IServiceCollection AddEnvois(this IServiceCollection services)
    {
        services.AddSingleton<ConfigurationEnvois>();
        services.AddHttpClient(EnvoiSms.Client, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<ModelesCourrier>();
        services.AddScoped<ChampsPersonne>();
        services.AddScoped<EnvoiEmail>();
        services.AddScoped<EnvoiSms>();
        services.AddScoped<ServiceEnvois>();
        services.AddScoped<NotificationsPersonne>();
        services.AddScoped<FusionCourrier>();
        return services;
    }
}
