using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Coordonnees;

public static class CoordonneesRegistration
{
    public static IServiceCollection AddCoordonnees(this IServiceCollection services)
    {
        services.AddScoped<ServiceCoordonnees>();
        services.AddScoped<IJoignabilite, JoignabiliteCoordonnees>();
        services.AddSectionPersonne<PagePersonne.SectionCoordonnees>();
        return services;
    }
}
