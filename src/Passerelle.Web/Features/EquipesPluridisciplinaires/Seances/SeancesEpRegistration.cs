namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Seances;

public static class SeancesEpRegistration
{
    public static IServiceCollection AddSeancesEp(this IServiceCollection services)
    {
        services.AddScoped<ServiceSeances>();
        services.AddScoped<EnvoisSeance>();
        services.AddScoped<ConsultationSeances>();
        return services;
    }
}
