using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Prescriptions;

public static class PrescriptionsRegistration
{
    public static IServiceCollection AddPrescriptions(this IServiceCollection services)
    {
        services.AddScoped<AccesPrescriptions>();
        services.AddScoped<CapaciteAction>();
        services.AddScoped<IOccupationActions>(s => s.GetRequiredService<CapaciteAction>());
        services.AddScoped<ServicePrescriptions>();
        services.AddScoped<ServiceParticipations>();
        services.AddScoped<FeuillePresence>();
        services.AddScoped<ConsultationPrescriptions>();
        services.AddScoped<Indicateurs.IndicateursOffre>();
        services.AddTachePeriodique<RelancesPrescriptions>();
        services.AddSectionPersonne<PagePersonne.SectionPrescriptions>();
        return services;
    }
}
