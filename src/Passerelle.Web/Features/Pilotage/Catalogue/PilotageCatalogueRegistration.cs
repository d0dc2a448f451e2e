using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>Catalogue of computed indicators, mapping of the programmes' indicators, manual entries and coverage (issue 17 items 1 and 2).</summary>
public static class PilotageCatalogueRegistration
{
    public static IServiceCollection AddPilotageCatalogue(this IServiceCollection services) =>
        services.AddScoped<Regroupement>().AddScoped<CalculsParcours>().AddScoped<CalculsActions>().AddScoped<CalculsCapacites>().AddScoped<CalculIndicateurs>()
            .AddSingleton<CorrespondancesIndicateurs>().AddSingleton<Programmes.ICorrespondancesIndicateurs>(s => s.GetRequiredService<CorrespondancesIndicateurs>())
            .AddScoped<ServiceCorrespondances>().AddScoped<ServiceSaisiesIndicateur>().AddScoped<ConsultationPilotage>().AddScoped<RappelsSaisie>()
            .AddTachePeriodique<EnvoiRappelsSaisie>();
}
