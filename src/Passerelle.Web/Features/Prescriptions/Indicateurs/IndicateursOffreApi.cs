using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Prescriptions.Indicateurs;

public static class IndicateursOffreApi
{
    public static void MapIndicateursOffreApi(this RouteGroupBuilder api) =>
        api.MapGet("/indicateurs/offre", async Task<Results<Ok<TableauOffre>, ValidationProblem, ForbidHttpResult>> ([AsParameters] FiltreIndicateursOffre filtre,
                IndicateursOffre indicateurs, AppDbContext db, CurrentUser user, HeureLegale heure, CancellationToken ct) =>
            {
                if (PorteeIndicateursOffre.De(user).Portee() is not { } portee) return TypedResults.Forbid();
                var (selection, erreurs) = await filtre.ResoudreAsync(portee, db, heure.Aujourdhui, ct);
                if (selection is null)
                    return TypedResults.ValidationProblem(erreurs.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value }),
                        title: "Les indicateurs n'ont pas été calculés : corrigez les critères signalés.");
                return TypedResults.Ok(await indicateurs.CalculerAsync(selection, ct));
            })
            .RequireAuthorization(Politiques.IndicateursOffre)
            .AccepteCle(PorteesApi.IndicateursLecture)
            .WithTags("Indicateurs")
            .WithSummary("Indicateurs de l'offre d'insertion d'une période (du, au : année civile en cours par défaut, 10 ans au plus), découpés par=departement, action, "
                + "fiche-action, structure ou territoire (d'origine des prescriptions), filtres actionId, ficheId, structureId, territoireId : personnes accompagnées, "
                + "taux d'occupation des places financées, sorties (dynamiques, emploi durable, abandons), délai prescription → entrée, prescriptions envoyées, "
                + "part RSA, situation à 3 et 6 mois. Un opérateur ne lit que les actions de ses structures. Définitions exactes dans docs/indicators.md.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
