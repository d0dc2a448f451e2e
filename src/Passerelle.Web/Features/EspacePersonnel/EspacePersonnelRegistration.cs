using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.EspacePersonnel;

public static class EspacePersonnelRegistration
{
    public static IServiceCollection AddEspacePersonnel(this IServiceCollection services)
    {
        services.AddScoped<ServiceEspacePersonnel>();
        services.AddSectionPersonne<PagePersonne.SectionComptes>();
        services.AddSectionEspacePersonnel<SectionReferent>();
        services.AddSectionEspacePersonnel<SectionRendezVous>();
        return services;
    }

    public static IServiceCollection AddSectionEspacePersonnel<T>(this IServiceCollection services) where T : class, ISectionEspacePersonnel =>
        services.AddScoped<ISectionEspacePersonnel, T>();
}
