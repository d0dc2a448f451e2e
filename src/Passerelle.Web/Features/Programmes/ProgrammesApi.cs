using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Programmes;

public sealed record PartenaireApi(string Nom, IReadOnlyList<string> Engagements);

public sealed record ArbreApi(ResumeProgramme Programme, string Source, string? Presentation, DateTime ImporteLe, IReadOnlyList<PartenaireApi> Partenaires,
    IReadOnlyList<NoeudProgramme> Elements, decimal Financements);

/// <summary>
/// The département's programmes for partners' tools: list, tree, fiche-action (current or a past version), and the
/// import of a programme data file (the administration's action, all or nothing, errors listed with their place).
/// </summary>
public static class ProgrammesApi
{
    public static void MapProgrammesApi(this RouteGroupBuilder api)
    {
        var lecture = api.MapGroup("").RequireAuthorization(Politiques.Programmes).AccepteCle(PorteesApi.ProgrammesLecture).WithTags("Programmes");
        lecture.MapGet("/programmes", async (ConsultationProgrammes c, CancellationToken ct) => Results.Ok(await c.ListeAsync(ct)))
            .WithSummary("Les programmes du département (PTI, PDI, PDIE, FSE, stratégie pauvreté) avec leurs nombres de fiches et d'indicateurs.");
        lecture.MapGet("/programmes/{id:int}", async (int id, ConsultationProgrammes c, CancellationToken ct) =>
                await c.ArbreAsync(id, ct) is { } a
                    ? Results.Ok(new ArbreApi(a.Programme, a.Source, a.Presentation, a.ImporteLe, [.. a.Partenaires.Select(p => new PartenaireApi(p.Nom, p.Engagements))], a.Racines, a.Financements))
                    : Results.NotFound())
            .WithSummary("Un programme : partenaires et arborescence (axes, objectifs, fiches-actions, sous-actions) ; 404 hors du département.");
        lecture.MapGet("/fiches-actions/{id:int}", async (int id, int? version, ConsultationProgrammes c, CancellationToken ct) =>
                await c.FicheAsync(id, version, ct) is { } f ? Results.Ok(f) : Results.NotFound())
            .WithSummary("Une fiche-action : contenu, indicateurs, financements, sous-actions et versions ; ?version=N pour une version passée.");

        api.MapPost("/programmes", ImporterAsync).DisableAntiforgery()
            .RequireAuthorization(Politiques.ImportProgrammes).AccepteCle(PorteesApi.ProgrammesEcriture).WithTags("Programmes")
            .WithSummary("Importe un fichier de programme (corps : le JSON au format passerelle-programme/1, docs/format-programme.md) ; ?nom=fichier.json. " +
                "Tout ou rien : 422 avec chaque erreur et sa place dans le fichier.");
    }

    private static async Task<IResult> ImporterAsync(HttpContext http, ImportProgrammes import, CurrentUser utilisateur, string? nom, CancellationToken ct)
    {
        var resultat = await import.ImporterAsync(http.Request.Body, string.IsNullOrWhiteSpace(nom) ? "programme.json" : nom, utilisateur.NomComplet ?? utilisateur.Email ?? "API", ct);
        return resultat.Reussi
            ? Results.Ok(new { resultat.ProgrammeId, resultat.Message })
            : Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: resultat.Message,
                extensions: new Dictionary<string, object?> { ["erreurs"] = resultat.Erreurs.Select(e => new { e.Chemin, e.Message }) });
    }
}
