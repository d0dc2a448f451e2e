namespace Passerelle.Web.Features.Agenda;

public static class AgendaRegistration
{
    public static IServiceCollection AddAgenda(this IServiceCollection services)
    {
        services.AddScoped<ServiceRendezVous>();
        services.AddScoped<NotificationsRendezVous>();
        return services;
    }
}
