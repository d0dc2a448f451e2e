using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Agenda;

public static class AgendaRegistration
{
    public static IServiceCollection AddAgenda(this IServiceCollection services)
    {
        services.AddScoped<ServiceRendezVous>();
        services.AddScoped<MesRendezVous.SemaineReferent>();
        services.AddSectionPersonne<PagePersonne.SectionRendezVous>();
        services.AddContributionResume<PagePersonne.ResumeRendezVous>();
        services.AddSourceChronologie<ChronologieRendezVous>();
        services.AddScoped<NotificationsRendezVous>();
        services.AddSourceCourriers<NotificationsRendezVous>();
        services.AddScoped<Reservation.LiensReservation>();
        services.AddScoped<Reservation.AccesReservation>();
        services.AddScoped<Reservation.ServiceReservation>();
        services.AddScoped<ServiceRappels>();
        services.AddSingleton<PlanificateurRappels>();
        services.AddHostedService(s => s.GetRequiredService<PlanificateurRappels>());
        return services;
    }
}
