using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Parrainage;

/// <summary>Parrainage (issue 16): volunteer mentors, their pairings with persons, meetings and outcome; pages, person page section and API.</summary>
public static class ParrainageRegistration
{
    public static IServiceCollection AddParrainage(this IServiceCollection services) =>
        services.AddScoped<AccesParrainages>().AddScoped<ServiceParrains>().AddScoped<ServiceParrainages>().AddScoped<ConsultationParrainages>()
            .AddScoped<IndicateursParrainage>().AddSectionPersonne<PagePersonne.SectionParrainage>();
}
