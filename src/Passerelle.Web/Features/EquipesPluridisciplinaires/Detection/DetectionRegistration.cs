namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Detection;

/// <summary>The EP's detection: queues, reminders, proposals and withdrawals of dossiers.</summary>
public static class DetectionRegistration
{
    public static IServiceCollection AddDetectionEp(this IServiceCollection services)
    {
        services.AddScoped<ServiceDossiersEp>();
        services.AddScoped<ServiceRelancesEp>();
        services.AddScoped<RequeteDetection>();
        services.AddScoped<ActionsDetection>();
        return services;
    }
}
