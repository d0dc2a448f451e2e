using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Features.Pilotage.Catalogue;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Pilotage.TableauDeBord;

/// <summary>A dashboard for BI tools: aggregates only (the lists behind the numbers stay on the pages, for agents).</summary>
public static class TableauDeBordApi
{
    public static void MapTableauDeBordApi(this RouteGroupBuilder api) =>
        api.MapGet("/pilotage/tableau-de-bord", async Task<Results<Ok<TableauDeBord>, NotFound, ProblemHttpResult>> (string? echelon, TypePeriode? periode, int? annee,
                int? numero, DateOnly? du, DateOnly? au, ConsultationTableauDeBord consultation, CancellationToken ct) =>
            {
                var reponse = await consultation.LireAsync(new(echelon, periode, annee, numero, du, au), ct);
                if (reponse.Interdit) return TypedResults.Problem(title: "Accès refusé", detail: "Ce territoire n'est pas dans votre périmètre.", statusCode: StatusCodes.Status403Forbidden);
                if (reponse.Introuvable) return TypedResults.NotFound();
                return reponse.Tableau is { } tableau ? TypedResults.Ok(tableau) : Ecriture.Champs(new Dictionary<string, string>(reponse.Erreurs)).EnRefus();
            })
            .WithTags("Pilotage").RequireAuthorization(Politiques.Pilotage).AccepteCle(PorteesApi.PilotageLecture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Le tableau de bord d'un ?echelon= (departement, territoire-{id}, structure-{id}, action-{id}, ficheaction-{id}) sur une ?periode= (Annee, Trimestre, " +
                "Mois avec ?annee= et ?numero=, ou Libre avec ?du= et ?au=, 10 ans au plus ; par défaut l'année en cours) : chaque indicateur, sa valeur, celle de la " +
                "période précédente, la cible de l'année. Agrégats sous secret statistique pour les pilotes, lecteurs et clés.");
}
