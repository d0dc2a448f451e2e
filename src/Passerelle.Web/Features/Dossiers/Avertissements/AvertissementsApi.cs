using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Features.Acces.ClesApi;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Dossiers.Avertissements;

/// <summary>The queue of flux anomalies as an API, with the same scope as the page (<see cref="RequeteAvertissements"/>).</summary>
public static class AvertissementsApi
{
    public static IServiceCollection AddAvertissements(this IServiceCollection services) =>
        services.AddScoped<RequeteAvertissements>().AddScoped<LeveeAvertissements>();

    public static RouteGroupBuilder MapAvertissementsApi(this RouteGroupBuilder dossiers)
    {
        var avertissements = dossiers.MapGroup("/avertissements").WithTags("Anomalies des flux");
        avertissements.MapGet("/", async (NatureAvertissement? nature, int? importId, int? territoireId, int? dossierId, int? page, int? taille,
                RequeteAvertissements requete, CancellationToken ct) =>
                TypedResults.Ok((await requete.Ouverts(new FiltreAvertissements(nature, importId, territoireId, dossierId)).PaginerAsync(page, taille, ct))
                    .Convertir(RequeteAvertissements.Presenter)))
            .WithSummary("Les avertissements ouverts des dossiers du périmètre de l'utilisateur, du plus récent au plus ancien ; "
                + "critères nature, importId, territoireId, dossierId ; page à partir de 1, taille de 1 à 100.")
            .AccepteCle(PorteesApi.DossiersLecture)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        avertissements.MapPost("/levee", async Task<Results<Ok<int>, ValidationProblem, NotFound>> (SaisieLevee saisie, LeveeAvertissements levee, CancellationToken ct) =>
            {
                var resultat = await levee.LeverAsync(saisie, ct);
                if (resultat.Introuvables) return TypedResults.NotFound();
                return resultat.Reussi ? TypedResults.Ok(resultat.Leves)
                    : TypedResults.ValidationProblem(resultat.Erreurs.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "Aucun avertissement n'a été levé");
            })
            .WithSummary("Lève des avertissements ouverts avec un commentaire (tout ou rien, journalisé) ; 404 si l'un d'eux n'est pas ouvert ou pas dans le périmètre.")
            .AccepteCle(PorteesApi.DossiersEcriture)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return dossiers;
    }
}
