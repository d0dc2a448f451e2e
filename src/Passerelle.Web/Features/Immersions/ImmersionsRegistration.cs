using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Immersions;

/// <summary>Immersions (PMSMP, issue 16): a person's periods with an employer or a structure, their renewal and outcome; person page section and API.</summary>
public static class ImmersionsRegistration
{
    public static IServiceCollection AddImmersions(this IServiceCollection services) =>
        services.AddScoped<AccesImmersions>().AddScoped<ServiceImmersions>().AddScoped<ConsultationImmersions>().AddScoped<Indicateurs.IndicateursImmersions>()
            .AddSectionPersonne<PagePersonne.SectionImmersions>();
}
