using Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;
using Passerelle.Web.Features.EquipesPluridisciplinaires.Detection;
using Passerelle.Web.Features.EquipesPluridisciplinaires.Seances;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires;

/// <summary>The EP capability (decision 0020): set-up, detection queues, sessions, decisions and sanctions, history and indicators.</summary>
public static class EquipesPluridisciplinairesRegistration
{
    public static IServiceCollection AddEquipesPluridisciplinaires(this IServiceCollection services)
    {
        services.AddScoped<PerimetreEp>();
        services.AddControleOrientation<ControleOrientationEp>();
        services.AddDetectionEp();
        services.AddSeancesEp();
        services.AddDecisionsEp();
        services.AddHistoriqueEp();
        return services;
    }

    public static void MapEquipesPluridisciplinairesApi(this RouteGroupBuilder api)
    {
        var ep = api.MapGroup("/ep").WithTags("Équipes pluridisciplinaires");
        ep.MapDetectionEpApi();
        ep.MapSeancesEpApi();
        ep.MapDecisionsEpApi();
        api.MapHistoriqueEpApi();
    }
}
