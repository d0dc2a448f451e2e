using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Iae;

/// <summary>IAE (issue 16): SIAE agreed places, persons' IAE parcours in the les emplois de l'inclusion vocabulary; person page section, pages and API.</summary>
public static class IaeRegistration
{
    public static IServiceCollection AddIae(this IServiceCollection services) =>
        services.AddScoped<ServiceIae>().AddScoped<IndicateursIae>().AddSectionPersonne<PagePersonne.SectionIae>();
}
