namespace Passerelle.Web.Features.Pilotage.Evaluation;

/// <summary>The yearly evaluation report of each programme (issue 17 item 5): figures against targets per fiche-action, appraisals, exports, API.</summary>
public static class EvaluationRegistration
{
    public static IServiceCollection AddEvaluation(this IServiceCollection services) =>
        services.AddScoped<CalculRapportEvaluation>().AddScoped<ServiceAppreciations>().AddScoped<RealisationsDuDocument>()
            .AddScoped<IRealisationsIndicateurs, RealisationsPilotage>();
}
