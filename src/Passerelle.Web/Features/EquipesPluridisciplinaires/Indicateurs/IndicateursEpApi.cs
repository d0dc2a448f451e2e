using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Indicateurs;

public static class IndicateursEpApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/indicateurs/ep", async Task<Results<Ok<TableauEp>, ValidationProblem>> ([AsParameters] FiltreIndicateurs filtre,
                IndicateursEp indicateurs, AppDbContext db, CurrentUser user, HeureLegale heure, CancellationToken ct) =>
            {
                var (periode, portee, erreurs) = await filtre.ResoudreAsync(PerimetreIndicateurs.De(user), db, heure.Aujourdhui, ct);
                if (periode is null || portee is null)
                    return TypedResults.ValidationProblem(erreurs.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value }),
                        title: "Les indicateurs n'ont pas été calculés : corrigez les critères signalés.");
                return TypedResults.Ok(await indicateurs.CalculerAsync(periode, portee, filtre.TerritoireId, ct));
            })
            .RequireAuthorization(Politiques.Indicateurs)
            .AccepteCle(PorteesApi.IndicateursLecture)
            .WithTags("Indicateurs")
            .WithSummary("Indicateurs des équipes pluridisciplinaires d'une période (du, au : année civile en cours par défaut) et d'un territoire (territoireId) : "
                + "passages par thématique, avis et décisions, sanctions par type et montants, suspensions-remobilisation et restitutions, délai repérage → décision, "
                + "décisions contestées et annulées ou réformées sur recours. Définitions exactes dans docs/indicators.md ; sous secret statistique (pilotes, "
                + "lecteurs, clés de partenaires), toute valeur masquée a « masquee »: true et aucune valeur.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
