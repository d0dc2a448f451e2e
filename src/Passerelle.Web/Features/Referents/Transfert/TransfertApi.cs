using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Referents.Transfert;

/// <summary>The transfer of a référent's portefeuille, for a signed-in structure head (or agent départemental): never a key's.</summary>
public static class TransfertApi
{
    public static IEndpointRouteBuilder MapTransfertApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/portefeuilles/transfert", async Task<Results<Ok<ResultatTransfert>, UnprocessableEntity<ResultatTransfert>, ForbidHttpResult>> (SaisieTransfert saisie, ServiceTransfert service, CancellationToken ct) =>
            {
                if (!service.PeutTransferer(saisie.StructureId)) return TypedResults.Forbid();
                var resultat = await service.TransfererAsync(saisie, ct);
                return resultat.Reussi ? TypedResults.Ok(resultat) : TypedResults.UnprocessableEntity(resultat);
            })
            .RequireAuthorization(Politiques.Dossiers)
            .WithSummary("Transfère des personnes suivies par un référent à d'autres référents actifs de la même structure (motif Conge, Depart ou Reequilibrage) : "
                + "tout ou rien ; 422 avec la liste des personnes qui n'ont pu changer et pourquoi, 403 hors des structures que l'on dirige.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
