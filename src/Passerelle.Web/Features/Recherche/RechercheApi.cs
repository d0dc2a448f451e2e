using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Recherche;

/// <summary>The header search (« Trouver une personne ») and its API, for the roles that open dossiers, each within their scope.</summary>
public static class RechercheApi
{
    public static IServiceCollection AddRecherche(this IServiceCollection services) => services.AddScoped<RecherchePersonnes>();

    public static IEndpointRouteBuilder MapRechercheApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/personnes/recherche", async Task<Results<Ok<ResultatRecherche>, ValidationProblem>> (string? q, RecherchePersonnes recherche, CancellationToken ct) =>
            {
                var (requete, erreur) = RequeteRecherche.Lire(q);
                if (requete is null)
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [erreur ?? RequeteRecherche.Aide] }, title: "La recherche n'a pas été faite.");
                return TypedResults.Ok(await recherche.ChercherAsync(requete, ct));
            })
            .RequireAuthorization(Politiques.Dossiers)
            .WithTags("Recherche")
            .WithSummary("Trouve des personnes du périmètre de l'utilisateur à partir d'un seul texte q (100 caractères au plus) : nom avec ou sans prénom "
                + "(accents, casse et fautes de frappe tolérés, nom de naissance compris), date de naissance jj/mm/aaaa, NIR (13 ou 15 caractères), "
                + "NUMDEMRSA, matricule CAF, téléphone ou e-mail. 50 personnes au plus (tronque vaut alors vrai), avec leur dossier courant, "
                + "l'étape de leur parcours et leur référent. Chaque recherche est journalisée (NIR masqué).")
            .AccepteCle(PorteesApi.DossiersLecture)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
