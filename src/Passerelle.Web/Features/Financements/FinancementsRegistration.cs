namespace Passerelle.Web.Features.Financements;

public static class FinancementsRegistration
{
    public static IServiceCollection AddFinancements(this IServiceCollection services)
    {
        services.AddScoped<AccesFinancements>();
        services.AddScoped<ServiceFinancements>();
        services.AddScoped<ConsultationFinancements>();
        services.AddScoped<BudgetProgramme>();
        services.AddScoped<Fse.ServiceDonneesFse>();
        services.AddScoped<Fse.ExportOperationFse>();
        return services;
    }
}
