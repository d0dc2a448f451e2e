using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.OffresEmploi;

/// <summary>Job offers and mises en relation (issue 16): pages, API, the person page's section and the counts.</summary>
public static class OffresEmploiRegistration
{
    public static IServiceCollection AddOffresEmploi(this IServiceCollection services) =>
        services.AddScoped<AccesOffresEmploi>().AddScoped<ServiceOffres>().AddScoped<ServiceMisesEnRelation>().AddScoped<ConsultationOffres>()
            .AddScoped<IndicateursOffresEmploi>().AddSectionPersonne<PagePersonne.SectionMisesEnRelation>();
}
