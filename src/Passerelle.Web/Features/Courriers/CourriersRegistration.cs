using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Courriers;

public static class CourriersRegistration
{
    public static IServiceCollection AddCourriers(this IServiceCollection services) =>
        services.AddScoped<CourriersPersonne>().AddSectionPersonne<SectionEnvois>();
}
