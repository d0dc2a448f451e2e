using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Documents.PagePersonne;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Documents;

public sealed record DocumentDepose(int Id, string Message);

/// <summary>A person's documents through /api/v1/personnes/{id}/documents, for users within their scope and keys (documents.lecture, documents.ecriture).</summary>
public static class DocumentsApi
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddSingleton<StockageDocuments>().AddScoped<ServiceDocuments>();
        services.AddSectionPersonne<SectionDocuments>();
        services.AddSourceChronologie<ChronologieDocuments>();
        return services;
    }

    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder api)
    {
        var documents = api.MapGroup("/personnes/{id:int}/documents").RequireAuthorization(Politiques.Dossiers)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        documents.MapGet("/", async Task<Results<Ok<List<LigneDocument>>, NotFound>> (int id, AppDbContext db, PerimetreDossiers perimetre, ServiceDocuments service, CancellationToken ct) =>
                await DansPerimetreAsync(db, perimetre, id, ct) ? TypedResults.Ok(await service.ListerAsync(id, ct)) : TypedResults.NotFound())
            .WithSummary("Les documents de la personne, le plus récent d'abord.")
            .AccepteCle(PorteesApi.DocumentsLecture);

        documents.MapGet("/{documentId:int}", async Task<Results<FileContentHttpResult, NotFound>> (int id, int documentId, HttpResponse reponse,
                AppDbContext db, PerimetreDossiers perimetre, ServiceDocuments service, CancellationToken ct) =>
            {
                if (!await DansPerimetreAsync(db, perimetre, id, ct) || await service.TelechargerAsync(id, documentId, ct) is not { } contenu) return TypedResults.NotFound();
                var fichier = TelechargerModel.EnPieceJointe(reponse, contenu);
                return TypedResults.File(fichier.FileContents, fichier.ContentType, fichier.FileDownloadName);
            })
            .WithSummary("Le contenu d'un document, en pièce jointe ; chaque téléchargement est journalisé.")
            .AccepteCle(PorteesApi.DocumentsLecture);

        documents.MapPost("/", async Task<Results<Created<DocumentDepose>, ProblemHttpResult, NotFound>> (int id, string? nom, HttpContext http,
                AppDbContext db, PerimetreDossiers perimetre, ServiceDocuments service, StockageDocuments stockage, CancellationToken ct) =>
            {
                if (!await DansPerimetreAsync(db, perimetre, id, ct)) return TypedResults.NotFound();
                if (http.Request.ContentLength is { } longueur && longueur > stockage.TailleMaximale)
                    return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Fichier trop volumineux", detail: service.TropVolumineux);
                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limite) limite.MaxRequestBodySize = stockage.TailleMaximale;
                using var memoire = new MemoryStream();
                await http.Request.Body.CopyToAsync(memoire, ct);
                var (resultat, documentId) = await service.DeposerAsync(id, nom, memoire.ToArray(), ct);
                return documentId is { } d
                    ? TypedResults.Created($"/api/v1/personnes/{id}/documents/{d}", new DocumentDepose(d, resultat.Message))
                    : TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Document refusé", detail: resultat.Message);
            })
            .DisableAntiforgery()
            .WithSummary("Dépose un document (corps brut, ?nom=fichier.pdf) : PDF, PNG, JPEG, Word, Excel ou OpenDocument, reconnu par son contenu et non par son nom ; "
                + "10 Mo au plus par défaut (413 au-delà) ; archive piégée, macros ou type inconnu refusés (422).")
            .AccepteCle(PorteesApi.DocumentsEcriture)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static Task<bool> DansPerimetreAsync(AppDbContext db, PerimetreDossiers perimetre, int id, CancellationToken ct) =>
        perimetre.Filtrer(db.Personnes).AnyAsync(p => p.Id == id, ct);
}
