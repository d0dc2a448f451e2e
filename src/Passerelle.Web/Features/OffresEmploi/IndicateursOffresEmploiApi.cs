using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.OffresEmploi;

/// <summary>The live counts of the offers' page for BI tools: same figures, same perimeter, same period rules (docs/indicators.md).</summary>
public static class IndicateursOffresEmploiApi
{
    public static void MapIndicateursOffresEmploiApi(this RouteGroupBuilder api) =>
        api.MapGet("/offres-emploi/indicateurs", async Task<Results<Ok<IndicateursOffres>, ValidationProblem>> (DateOnly? du, DateOnly? au,
                IndicateursOffresEmploi indicateurs, HeureLegale heure, CancellationToken ct) =>
            {
                var (debut, fin) = (du ?? new DateOnly(heure.Aujourdhui.Year, 1, 1), au ?? heure.Aujourdhui);
                var erreurs = new Dictionary<string, string[]>();
                if (!DatesPlausibles.Accepte(du)) erreurs["du"] = [DatesPlausibles.Message];
                if (!DatesPlausibles.Accepte(au)) erreurs["au"] = [DatesPlausibles.Message];
                else if (fin < debut) erreurs["au"] = ["La fin de la période (?au=) doit être postérieure ou égale à son début (?du=)."];
                return erreurs.Count > 0 ? TypedResults.ValidationProblem(erreurs) : TypedResults.Ok(await indicateurs.CalculerAsync(debut, fin, ct));
            })
            .WithTags("Offres d'emploi").RequireAuthorization(Politiques.IndicateursOffresEmploi)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .AccepteCle(PorteesApi.OffresEmploiLecture)
            .WithSummary("Offres captées, mises en relation, embauches (dont durables) et sorties en emploi durable attribuables, de ?du= à ?au= "
                + "(l'année en cours par défaut), par contrat, employeur, territoire et code ROME.");
}
