using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces.ClesApi;
using Passerelle.Web.Features.Indicateurs.Mouvements;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Indicateurs;

public static class IndicateursApi
{
    public static IServiceCollection AddIndicateurs(this IServiceCollection services)
    {
        services.AddScoped<IndicateursOrientation>();
        services.AddScoped<AbsenceParCanal>();
        services.AddScoped<Secret.EffectifsOrientation>();
        services.AddScoped<CalculMouvements>();
        services.AddScoped<ActualisationMouvements>();
        services.AddScoped<LectureMouvements>();
        services.AddSingleton<IInterceptor, ReperageMouvements>();
        return services;
    }

    public static IEndpointRouteBuilder MapIndicateursApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/indicateurs/orientation", async Task<Results<Ok<TableauOrientation>, ValidationProblem>> ([AsParameters] FiltreIndicateurs filtre,
                IndicateursOrientation indicateurs, Secret.EffectifsOrientation effectifs, AppDbContext db, CurrentUser user, HeureLegale heure, CancellationToken ct) =>
            {
                var aujourdhui = heure.Aujourdhui;
                var (periode, portee, erreurs) = await filtre.ResoudreAsync(PerimetreIndicateurs.De(user), db, aujourdhui, ct);
                if (periode is null || portee is null)
                    return TypedResults.ValidationProblem(erreurs.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value }),
                        title: "Les indicateurs n'ont pas été calculés : corrigez les critères signalés.");
                return TypedResults.Ok(await TableauOrientation.CalculerAsync(indicateurs, effectifs, db, periode, filtre.TerritoireId, portee, aujourdhui, ct));
            })
            .RequireAuthorization(Politiques.Indicateurs)
            .AccepteCle(PorteesApi.IndicateursLecture)
            .WithSummary("Indicateurs d'orientation d'une période (du, au : année civile en cours par défaut) et d'un territoire (territoireId) dans le périmètre de l'utilisateur ; "
                + "définitions exactes dans docs/indicators.md. Sous secret statistique (pilotes, lecteurs), toute valeur masquée a « masquee »: true et aucune valeur.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
