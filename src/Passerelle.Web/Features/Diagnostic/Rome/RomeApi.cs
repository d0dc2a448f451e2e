using Passerelle.Web.Features.Acces.ClesApi;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Diagnostic.Rome;

public static class RomeApi
{
    public const int Maximum = 20;

    public sealed record FicheRomeDto(string Code, string Libelle, string Affichage);

    public static IEndpointRouteBuilder MapRomeApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/rome", IResult (string? q, ReferentielRome rome) =>
            {
                if (string.IsNullOrWhiteSpace(q))
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["Saisissez un code ROME ou des mots du métier recherché."] });
                return TypedResults.Ok(rome.Rechercher(q, Maximum).Select(f => new FicheRomeDto(f.Code, f.Libelle, f.Affichage)).ToList());
            })
            .RequireAuthorization(Politiques.Diagnostic)
            .AccepteCle(PorteesApi.ReferentielsLecture)
            .WithSummary($"Les fiches métiers ROME dont le code ou le libellé contient tous les mots de q, sans tenir compte des accents ni de la casse ({Maximum} au plus).")
            .Produces<List<FicheRomeDto>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
