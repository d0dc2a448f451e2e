using Passerelle.Web.Features.Acces.ClesApi;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Communes;

public static class CommunesApi
{
    public const int Maximum = 20;

    public sealed record CommuneDto(string CodeInsee, string Nom, string CodePostal, string Libelle);

    public static IServiceCollection AddCommunes(this IServiceCollection services)
    {
        services.AddSingleton(_ => Communes.Charger());
        services.AddScoped<CommunesDuDepartement>();
        return services;
    }

    public static IEndpointRouteBuilder MapCommunesApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/communes", async Task<IResult> (string? q, CommunesDuDepartement communes, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(q))
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["Saisissez le début du nom ou du code INSEE de la commune."] });
                var trouvees = (await communes.RechercherAsync(q, ct)).Take(Maximum)
                    .Select(c => new CommuneDto(c.CodeInsee, c.Nom, c.CodePostal, CommunesDuDepartement.Libelle(c)))
                    .ToList();
                return TypedResults.Ok(trouvees);
            })
            .RequireAuthorization(Politiques.AnnuaireStructures)
            .AccepteCle(PorteesApi.ReferentielsLecture)
            .WithSummary($"Les communes du département dont le nom ou le code INSEE commence par q ({Maximum} au plus), pour l'autocomplétion.")
            .Produces<List<CommuneDto>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
