using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Parrainage;

public sealed record PropositionParrainageApi(int PersonneId, SaisieParrainage Parrainage);

public sealed record ActeParrainageApi(int Version, ActeParrainage Acte, IssueParrainage? Issue);

public sealed record ParrainageEcrit(int Id, string Message);

/// <summary>
/// Pairings for partners' tools and the mentors' own apps: the reach of the pages (a mentor's session sees their pairings
/// only), 404 outside it, refusals in 422 with each field's reason under « erreurs ».
/// </summary>
public static class ParrainagesApi
{
    public static void MapParrainagesApi(this RouteGroupBuilder api)
    {
        var groupe = api.MapGroup("/parrainages").WithTags("Parrainage").RequireAuthorization(Politiques.Parrainages)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        groupe.MapGet("", async (int? personneId, int? page, int? taille, ConsultationParrainages c, CancellationToken ct) =>
                TypedResults.Ok(await c.ListeAsync(personneId, false, page, taille, ct)))
            .AccepteCle(PorteesApi.ParrainageLecture)
            .WithSummary("Les parrainages que vous atteignez (?personneId= : ceux d'une personne), du plus récent au plus ancien, paginés.");
        groupe.MapGet("/{id:int}", async Task<Results<Ok<FicheParrainage>, NotFound>> (int id, ConsultationParrainages c, CancellationToken ct) =>
                await c.FicheAsync(id, ct) is { } fiche ? TypedResults.Ok(fiche) : TypedResults.NotFound())
            .AccepteCle(PorteesApi.ParrainageLecture)
            .WithSummary("Un parrainage : parrain, dates, objectifs, informations partagées, rencontres, issue ; 404 hors de votre périmètre.");
        groupe.MapPost("", async Task<Results<Created<ParrainageEcrit>, NotFound, ProblemHttpResult>> (PropositionParrainageApi p, ServiceParrainages service, CancellationToken ct) =>
                (await service.ProposerAsync(p.PersonneId, p.Parrainage, ct))
                    .EnCreation(id => $"/api/v1/parrainages/{id}", (id, message) => new ParrainageEcrit(id, message), ServiceParrainages.Introuvable))
            .AccepteCle(PorteesApi.ParrainageEcriture)
            .WithSummary("Propose un parrainage à une personne de votre périmètre (son référent ou un agent) ; 422 avec la raison de chaque champ refusé.");
        groupe.MapPost("/{id:int}/rencontres", async Task<Results<Ok<ParrainageEcrit>, NotFound, ProblemHttpResult>> (int id, SaisieRencontre r, ServiceParrainages service, CancellationToken ct) =>
                Ecrire(await service.NoterRencontreAsync(id, r, ct), id))
            .AccepteCle(PorteesApi.ParrainageEcriture)
            .WithSummary("Note une rencontre passée d'un parrainage en cours (date, durée en minutes, sujet, note).");
        groupe.MapPost("/{id:int}/actes", async Task<Results<Ok<ParrainageEcrit>, NotFound, ProblemHttpResult>> (int id, ActeParrainageApi a, ServiceParrainages service, CancellationToken ct) =>
                Ecrire(await service.AgirAsync(id, a.Version, a.Acte, a.Issue, ct), id))
            .AccepteCle(PorteesApi.ParrainageEcriture)
            .WithSummary("Accepte (le parrain), termine (le référent, avec l'issue) ou interrompt (l'un ou l'autre, avec l'issue) un parrainage à sa version.");
    }

    private static Results<Ok<ParrainageEcrit>, NotFound, ProblemHttpResult> Ecrire(Ecriture e, int id) =>
        e.EnReponse(message => new ParrainageEcrit(id, message), ServiceParrainages.Introuvable);
}
