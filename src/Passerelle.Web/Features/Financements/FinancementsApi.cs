using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Financements;

/// <summary>A funding line sent by a partner's tool: a year, or a period (debut, fin); amounts in euros.</summary>
public sealed record LigneFinancementApi(Financeur? Financeur, decimal? MontantVote, decimal? MontantEngage, decimal? MontantPaye, int? Annee, DateOnly? Debut,
    DateOnly? Fin, ConventionEtat? Convention, string? ProgrammeFse, string? OperationFse, string? Objet);

public sealed record LigneFinancementCreee(int Id, string Message);

/// <summary>
/// Funding for partners' tools: an action's lines and figures (404 outside the reader's reach, as the page), a
/// programme's planned budget beside its execution, and the adding of a line (the département's; refusals in 422).
/// </summary>
public static class FinancementsApi
{
    public static void MapFinancementsApi(this RouteGroupBuilder api)
    {
        var groupe = api.MapGroup("/financements").WithTags("Financements")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        groupe.MapGet("/actions/{id:int}", async Task<Results<Ok<FinancementsAction>, NotFound>> (int id, DateOnly? du, DateOnly? au, ConsultationFinancements c, CancellationToken ct) =>
                await c.ActionAsync(id, du, au, ct) is { } vue ? TypedResults.Ok(vue) : TypedResults.NotFound())
            .RequireAuthorization(Politiques.FinancementsActions).AccepteCle(PorteesApi.FinancementsLecture)
            .WithSummary("Les lignes de financement d'une action et, sur la période ?du=&au= (par défaut celle des lignes), le voté, l'engagé et le payé par financeur, "
                + "le taux de cofinancement, le coût par place financée et par participant ; 404 hors de votre portée.");
        groupe.MapGet("/programmes/{id:int}", async Task<Results<Ok<BudgetDuProgramme>, NotFound>> (int id, BudgetProgramme budget, CancellationToken ct) =>
                await budget.LireAsync(id, ct) is { } lu ? TypedResults.Ok(lu) : TypedResults.NotFound())
            .RequireAuthorization(Politiques.Financements).AccepteCle(PorteesApi.FinancementsLecture)
            .WithSummary("Le budget d'un programme : par fiche-action, le prévu du programme (dont la part État) à côté du voté, de l'engagé et du payé des actions, "
                + "par financeur, et les totaux du programme.");
        groupe.MapPost("/actions/{id:int}", async Task<Results<Created<LigneFinancementCreee>, NotFound, ProblemHttpResult>> (int id, LigneFinancementApi l, ServiceFinancements service, CancellationToken ct) =>
            {
                var (resultat, cree) = await service.AjouterAsync(id, new SaisieFinancement(l.Financeur, l.MontantVote, l.MontantEngage, l.MontantPaye, l.Annee, l.Debut, l.Fin,
                    l.Convention, l.ProgrammeFse, l.OperationFse, l.Objet), ct);
                if (cree is int ligne) return TypedResults.Created($"/api/v1/financements/actions/{id}", new LigneFinancementCreee(ligne, resultat.Message));
                if (resultat == ServiceFinancements.ActionIntrouvable) return TypedResults.NotFound();
                return TypedResults.Problem(title: "Ligne de financement refusée", detail: resultat.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
            })
            .RequireAuthorization(Politiques.GestionFinancements).AccepteCle(PorteesApi.FinancementsEcriture)
            .WithSummary("Ajoute une ligne de financement à une action (agents de tout le département et pilotes) ; 422 avec la règle refusée "
                + "(payé au-delà de l'engagé, engagé au-delà du voté, montant négatif, période inversée, codes FSE+ ou convention manquants) ; 404 si l'action n'existe pas.");
    }
}
