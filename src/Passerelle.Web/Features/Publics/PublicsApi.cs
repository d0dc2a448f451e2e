using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Publics;

public sealed record ParcoursOuvert(int PersonneId);

/// <summary>The publics beyond the RSA and the opening of their parcours by a partner's tool (a mission locale, a PLIE).</summary>
public static class PublicsApi
{
    public static IEndpointRouteBuilder MapPublicsApi(this IEndpointRouteBuilder api)
    {
        var publics = api.MapGroup("/publics").WithTags("Publics hors RSA").RequireAuthorization(PublicsRegistration.PolitiqueOuverture);
        publics.MapGet("/", async (PublicsDuDepartement liste, CancellationToken ct) => TypedResults.Ok(await liste.ListerAsync(ct)))
            .WithSummary("Les publics que le département accompagne hors RSA (codes à donner à l'ouverture d'un parcours).")
            .AccepteCle(PorteesApi.ParcoursEcriture)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        publics.MapPost("/parcours", async Task<Results<Created<ParcoursOuvert>, ValidationProblem>> (SaisieOuverture saisie, OuvertureParcours ouverture, CancellationToken ct) =>
            {
                var erreurs = new List<ValidationResult>();
                if (!Validator.TryValidateObject(saisie, new ValidationContext(saisie), erreurs, validateAllProperties: true))
                    return Refus(erreurs.ToDictionary(e => e.MemberNames.FirstOrDefault() ?? "", e => e.ErrorMessage ?? "Valeur invalide."));
                var resultat = await ouverture.OuvrirAsync(saisie, ct);
                return resultat.PersonneId is int id ? TypedResults.Created($"/api/v1/personnes/{id}", new ParcoursOuvert(id)) : Refus(resultat.Erreurs);
            })
            .WithSummary("Saisit une personne sans droit RSA et ouvre son parcours pour un public du département (journalisé) ; "
                + "400 avec le champ en cause si la saisie est invalide, la commune hors du département ou la personne déjà connue.")
            .AccepteCle(PorteesApi.ParcoursEcriture)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static ValidationProblem Refus(IReadOnlyDictionary<string, string> erreurs) => TypedResults.ValidationProblem(
        erreurs.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value }), title: "Le parcours n'a pas été ouvert");
}
