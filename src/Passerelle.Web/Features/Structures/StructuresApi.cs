using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces.ClesApi;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Structures;

public static class StructuresApi
{
    public static IServiceCollection AddStructures(this IServiceCollection services)
    {
        services.AddScoped<ReglesStructure>();
        services.AddScoped<CreationStructure>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, StructureHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapStructuresApi(this IEndpointRouteBuilder api)
    {
        var structures = api.MapGroup("/structures");

        structures.MapGet("/", async (int? page, int? taille, string? q, TypeStructure? type, int? territoire,
                AppDbContext db, CurrentUser user, CommunesDuDepartement communes, Communes.Communes referentiel, CancellationToken ct) =>
            {
                var visibles = db.Structures.AsNoTracking().Where(s => s.Actif).Visibles(new Perimetre(user.Habilitations));
                var requete = await new FiltreStructures(q, type, territoire).AppliquerAsync(visibles, communes, ct);
                var resultat = await requete.OrderBy(s => s.Nom).ThenBy(s => s.Id).PaginerAsync(page, taille, ct);
                return TypedResults.Ok(resultat.Convertir(s => LigneStructure.Depuis(s, referentiel)));
            })
            .RequireAuthorization(Politiques.AnnuaireStructures)
            .AccepteCle(PorteesApi.ReferentielsLecture)
            .WithSummary("Les structures actives du périmètre de l'utilisateur, par page (page à partir de 1, taille de 1 à 100).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        structures.MapGet("/{id:int}", async Task<Results<Ok<FicheStructure>, NotFound, ForbidHttpResult>> (int id,
                AppDbContext db, IAuthorizationService authorization, HttpContext http, Communes.Communes referentiel, CancellationToken ct) =>
            {
                var structure = await FicheStructure.ChargerAsync(db, id, ct);
                if (structure is null) return TypedResults.NotFound();
                if (!(await authorization.AuthorizeAsync(http.User, structure, ConsulterRequirement.Instance)).Succeeded) return TypedResults.Forbid();
                return TypedResults.Ok(FicheStructure.Depuis(structure, referentiel));
            })
            .RequireAuthorization(Politiques.AnnuaireStructures)
            .AccepteCle(PorteesApi.ReferentielsLecture)
            .WithSummary("La fiche d'une structure ; 403 hors du périmètre de l'utilisateur, 404 si elle n'existe pas dans son département.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        structures.MapPost("/", async Task<Results<Created<FicheStructure>, ValidationProblem>> (SaisieStructure saisie,
                ReglesStructure regles, CreationStructure creation, AppDbContext db, Communes.Communes referentiel, CancellationToken ct) =>
            {
                var (valide, erreurs) = await regles.VerifierAsync(saisie, null, ct);
                if (valide is null)
                    return TypedResults.ValidationProblem(
                        erreurs.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value.ToArray()),
                        title: "La structure n'a pas été créée : corrigez les champs signalés.");
                var creee = await creation.CreerAsync(valide, ct);
                var fiche = FicheStructure.Depuis((await FicheStructure.ChargerAsync(db, creee.Id, ct))!, referentiel);
                return TypedResults.Created($"/api/v1/structures/{creee.Id}", fiche);
            })
            .RequireAuthorization(Politiques.Administration)
            .WithSummary("Crée une structure du département (administrateurs) ; erreurs de saisie en ValidationProblem, par champ.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
