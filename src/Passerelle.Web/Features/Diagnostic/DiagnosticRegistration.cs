using Passerelle.Web.Features.Diagnostic.Rome;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Diagnostic;

public static class DiagnosticRegistration
{
    public static IServiceCollection AddDiagnostic(this IServiceCollection services)
    {
        services.AddSingleton(_ => ReferentielRome.Charger());
        services.AddScoped<DetailsSensibles>();
        services.AddSectionPersonne<SectionDiagnostic>();
        services.AddScoped<EnregistrementDiagnostic>();
        return services;
    }
}
