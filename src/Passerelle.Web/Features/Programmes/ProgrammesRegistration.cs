namespace Passerelle.Web.Features.Programmes;

public static class ProgrammesRegistration
{
    public static IServiceCollection AddProgrammes(this IServiceCollection services)
    {
        services.AddScoped<ImportProgrammes>();
        services.AddScoped<ConsultationProgrammes>();
        services.AddScoped<ServiceFiches>();
        return services;
    }
}
