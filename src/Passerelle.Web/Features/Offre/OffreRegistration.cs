namespace Passerelle.Web.Features.Offre;

public static class OffreRegistration
{
    public static IServiceCollection AddOffre(this IServiceCollection services)
    {
        services.AddSingleton<VocabulairesDataInclusion>();
        services.AddScoped<AccesOffre>();
        services.AddScoped<ServiceActions>();
        services.AddScoped<ConsultationOffre>();
        services.AddScoped<RechercheOffre>();
        services.AddScoped<ExportDataInclusion>();
        services.AddScoped<DepartementPublic>();
        services.AddScoped<ImportDataInclusion>();
        services.AddScoped<Programmes.IUsagesFiches, UsagesFichesOffre>();
        return services;
    }
}
