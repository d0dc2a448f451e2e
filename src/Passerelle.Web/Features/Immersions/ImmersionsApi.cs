using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Immersions;

public sealed record CreationImmersionApi(int PersonneId, SaisieImmersion Immersion);

public sealed record RenouvellementImmersionApi(int Version, DateOnly? DateFinRenouvellement);

public sealed record IssueImmersionApi(int Version, IssueImmersion? Issue);

public sealed record ImmersionEcrite(int Id, string Message);

/// <summary>Immersions (PMSMP) for partners' tools: the persons' scope, 404 outside it, refusals in 422 with each field's reason under « erreurs ».</summary>
public static class ImmersionsApi
{
    public static void MapImmersionsApi(this RouteGroupBuilder api)
    {
        var groupe = api.MapGroup("/immersions").WithTags("Immersions").RequireAuthorization(Politiques.Dossiers)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        groupe.MapGet("", async (int? personneId, int? page, int? taille, ConsultationImmersions c, CancellationToken ct) =>
                TypedResults.Ok(await c.ListeAsync(personneId, page, taille, ct)))
            .AccepteCle(PorteesApi.ImmersionsLecture)
            .WithSummary("Les immersions des personnes de votre périmètre (?personneId= : celles d'une personne), de la plus récente à la plus ancienne, paginées.");
        groupe.MapGet("/{id:int}", async Task<Results<Ok<ImmersionLue>, NotFound>> (int id, ConsultationImmersions c, CancellationToken ct) =>
                await c.LireAsync(id, ct) is { } lue ? TypedResults.Ok(lue) : TypedResults.NotFound())
            .AccepteCle(PorteesApi.ImmersionsLecture)
            .WithSummary("Une immersion ; 404 hors de votre périmètre.");
        groupe.MapPost("", async Task<Results<Created<ImmersionEcrite>, NotFound, ProblemHttpResult>> (CreationImmersionApi c, ServiceImmersions service, CancellationToken ct) =>
                (await service.CreerAsync(c.PersonneId, c.Immersion, ct))
                    .EnCreation(id => $"/api/v1/immersions/{id}", (id, message) => new ImmersionEcrite(id, message), ServiceImmersions.Introuvable))
            .AccepteCle(PorteesApi.ImmersionsEcriture)
            .WithSummary("Enregistre une immersion (un mois au plus de date à date) ; 422 avec la raison de chaque champ refusé.");
        groupe.MapPost("/{id:int}/renouvellement", async Task<Results<Ok<ImmersionEcrite>, NotFound, ProblemHttpResult>> (int id, RenouvellementImmersionApi r, ServiceImmersions service, CancellationToken ct) =>
                Ecrire(await service.RenouvelerAsync(id, r.Version, r.DateFinRenouvellement, ct), id))
            .AccepteCle(PorteesApi.ImmersionsEcriture)
            .WithSummary("Renouvelle une fois une immersion, d'un mois au plus.");
        groupe.MapPost("/{id:int}/issue", async Task<Results<Ok<ImmersionEcrite>, NotFound, ProblemHttpResult>> (int id, IssueImmersionApi i, ServiceImmersions service, CancellationToken ct) =>
                Ecrire(await service.EnregistrerIssueAsync(id, i.Version, i.Issue, ct), id))
            .AccepteCle(PorteesApi.ImmersionsEcriture)
            .WithSummary("Enregistre l'issue d'une immersion commencée (embauche, formation, projet confirmé ou abandonné, sans suite).");
    }

    private static Results<Ok<ImmersionEcrite>, NotFound, ProblemHttpResult> Ecrire(Ecriture e, int id) =>
        e.EnReponse(message => new ImmersionEcrite(id, message), ServiceImmersions.Introuvable);
}
