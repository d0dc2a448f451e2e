using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Features.Employeurs.Import;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Employeurs;

public sealed record ModificationEmployeurApi(int Version, SaisieEmployeur Employeur);

public sealed record ContactApi(string? Nom, string? Fonction, string? Telephone, string? Courriel);

public sealed record EchangeApi(DateOnly? Date, TypeEchange? Type, string? Objet);

public sealed record EmployeurEcrit(int Id, string Message);

/// <summary>
/// Employers for partners' tools (a CRM, the facilitators' spreadsheet macros): the scope of the pages, 404 outside it,
/// refusals in 422 with each field's reason under « erreurs ».
/// </summary>
public static class EmployeursApi
{
    public static void MapEmployeursApi(this RouteGroupBuilder api)
    {
        var groupe = api.MapGroup("/employeurs").WithTags("Employeurs").RequireAuthorization(Politiques.Employeurs)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        groupe.MapGet("", async (string? recherche, int? page, int? taille, ConsultationEmployeurs c, CancellationToken ct) =>
                TypedResults.Ok(await c.ListeAsync(recherche, page, taille, ct)))
            .AccepteCle(PorteesApi.EmployeursLecture)
            .WithSummary("Les employeurs de votre périmètre, par raison sociale (?recherche= : une partie du nom ou le début du SIRET), paginés.");
        groupe.MapGet("/{id:int}", async Task<Results<Ok<FicheEmployeur>, NotFound>> (int id, ConsultationEmployeurs c, CancellationToken ct) =>
                await c.FicheAsync(id, ct) is { } fiche ? TypedResults.Ok(fiche) : TypedResults.NotFound())
            .AccepteCle(PorteesApi.EmployeursLecture)
            .WithSummary("Un employeur : identité, engagements, chargé de relation, contacts et historique des échanges ; 404 hors de votre périmètre.");
        groupe.MapPost("", async Task<Results<Created<EmployeurEcrit>, ProblemHttpResult>> (SaisieEmployeur s, ServiceEmployeurs service, CancellationToken ct) =>
                Repondre(await service.CreerAsync(s, ct), id => TypedResults.Created($"/api/v1/employeurs/{id}", new EmployeurEcrit(id, "Employeur enregistré."))))
            .AccepteCle(PorteesApi.EmployeursEcriture)
            .WithSummary("Enregistre un employeur ; 422 si le SIRET est mal formé ou sa clé fausse, s'il est déjà enregistré, si le code NAF ou la commune ne conviennent pas.");
        groupe.MapPut("/{id:int}", async Task<Results<Ok<EmployeurEcrit>, NotFound, ProblemHttpResult>> (int id, ModificationEmployeurApi m, ServiceEmployeurs service, CancellationToken ct) =>
                Ecrire(await service.ModifierAsync(id, m.Version, m.Employeur, ct), id))
            .AccepteCle(PorteesApi.EmployeursEcriture)
            .WithSummary("Modifie un employeur à sa version ; 404 hors de votre périmètre, 422 avec la raison de chaque champ refusé ou si la version a changé.");
        groupe.MapPost("/{id:int}/contacts", async Task<Results<Ok<EmployeurEcrit>, NotFound, ProblemHttpResult>> (int id, ContactApi c, ServiceEmployeurs service, CancellationToken ct) =>
                Ecrire(await service.AjouterContactAsync(id, c.Nom, c.Fonction, c.Telephone, c.Courriel, ct), id))
            .AccepteCle(PorteesApi.EmployeursEcriture)
            .WithSummary("Ajoute un contact à un employeur.");
        groupe.MapPost("/{id:int}/echanges", async Task<Results<Ok<EmployeurEcrit>, NotFound, ProblemHttpResult>> (int id, EchangeApi e, ServiceEmployeurs service, CancellationToken ct) =>
                Ecrire(await service.AjouterEchangeAsync(id, e.Date, e.Type, e.Objet, ct), id))
            .AccepteCle(PorteesApi.EmployeursEcriture)
            .WithSummary("Note un échange passé avec un employeur (visite, appel, courriel, réunion, événement).");
        groupe.MapPost("/import", ImporterAsync)
            .AccepteCle(PorteesApi.EmployeursEcriture)
            .WithSummary("Importe un tableur d'employeurs (corps brut CSV ou XLSX, 10 Mo au plus ; ?nom=employeurs.csv&simulation=true&mettreAJour=false) : "
                + "tout ou rien ; 422 avec chaque ligne refusée (ligne, colonne, motif).");
    }

    private static async Task<Results<Ok<ResultatImportEmployeurs>, ProblemHttpResult>> ImporterAsync(HttpContext http, ImportEmployeurs import,
        string? nom, bool? simulation, bool? mettreAJour, CancellationToken ct)
    {
        if (http.Request.ContentLength > Import.ImportModel.TailleMaximale)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Fichier trop volumineux", detail: "Le fichier des employeurs ne peut dépasser 10 Mo : découpez-le.");
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limite) limite.MaxRequestBodySize = Import.ImportModel.TailleMaximale;
        // The readers are synchronous (CsvHelper, Open XML): the body, 10 MB at most, is read in memory first.
        using var corps = new MemoryStream();
        await http.Request.Body.CopyToAsync(corps, ct);
        corps.Position = 0;
        var resultat = await import.ImporterAsync(corps, string.IsNullOrWhiteSpace(nom) ? "employeurs.csv" : nom, new Dictionary<string, string?>(),
            mettreAJour ?? false, simulation ?? false, ct);
        return resultat.Reussi ? TypedResults.Ok(resultat)
            : TypedResults.Problem(title: "Import refusé", detail: "Aucun employeur n'a été enregistré : corrigez les lignes signalées.", statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["erreurs"] = resultat.Erreurs });
    }

    private static Results<Ok<EmployeurEcrit>, NotFound, ProblemHttpResult> Ecrire(Ecriture e, int id) =>
        e.EnReponse(message => new EmployeurEcrit(id, message), ServiceEmployeurs.Introuvable);

    private static Results<Created<EmployeurEcrit>, ProblemHttpResult> Repondre(Ecriture e, Func<int, Created<EmployeurEcrit>> cree) =>
        e.Id is int id && e.Resultat.Reussi ? cree(id) : e.EnRefus();
}
