namespace Passerelle.Web.Features.Comites;

/// <summary>Governance instances (issue 17 item 6): instances, members, meetings, attendance, minutes, decisions, their indicators and the API.</summary>
public static class ComitesRegistration
{
    public static IServiceCollection AddComites(this IServiceCollection services) =>
        services.AddScoped<AccesComites>().AddScoped<ReunionsGerees>().AddScoped<ServiceComites>().AddScoped<ServiceReunions>().AddScoped<ServiceDecisions>()
            .AddScoped<ConsultationComites>().AddScoped<IndicateursComites>().AddScoped<Programmes.IUsagesFiches, UsagesFichesComites>();
}
