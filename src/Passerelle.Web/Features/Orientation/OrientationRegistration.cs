using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Orientation;

public static class OrientationRegistration
{
    public static IServiceCollection AddOrientation(this IServiceCollection services)
    {
        services.AddScoped<ReglesEnVigueur>();
        services.AddScoped<SynchronisationParcours>();
        services.AddScoped<TransitionVerifiee>();
        services.AddScoped<ServiceOrientation>();
        services.AddScoped<ParcoursDeLaPersonne>();
        services.AddScoped<NotificationsOrientation>();
        services.AddSourceCourriers<NotificationsOrientation>();
        services.AddAccesPersonnes<AccesAttenteReferent>();
        services.AddControleOrientation<ControleDroitsDevoirs>();
        services.AddSectionPersonne<PagePersonne.SectionOrientation>();
        services.AddContributionResume<PagePersonne.ResumeParcours>();
        services.AddSourceChronologie<ChronologieOrientation>();
        return services;
    }

    public static IServiceCollection AddSuiteCloture<T>(this IServiceCollection services) where T : class, ISuiteCloture =>
        services.AddScoped<ISuiteCloture, T>();

    public static IServiceCollection AddControleOrientation<T>(this IServiceCollection services) where T : class, IControleOrientation =>
        services.AddScoped<IControleOrientation, T>();
}
