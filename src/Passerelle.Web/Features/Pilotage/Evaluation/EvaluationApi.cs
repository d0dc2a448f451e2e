using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Export;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Pilotage.Evaluation;

public sealed record AppreciationApi(string? Texte);

/// <summary>The yearly evaluation report of a programme for BI tools and partners (no personal data), and the pilots' appraisals.</summary>
public static class EvaluationApi
{
    public static void MapEvaluationApi(this RouteGroupBuilder api)
    {
        var groupe = api.MapGroup("/pilotage/evaluation").WithTags("Pilotage").ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        groupe.MapGet("/{programmeId:int}", LireAsync).RequireAuthorization(Politiques.Pilotage).AccepteCle(PorteesApi.PilotageLecture)
            .WithSummary("Rapport d'évaluation d'un programme pour ?annee= (une année du programme ; par défaut la dernière année écoulée qu'il couvre) : par fiche-action, chaque indicateur avec sa cible, " +
                "son réalisé, son atteinte et l'appréciation du pilote ; ?format=xlsx ou pdf pour le fichier. 422 si l'année est hors du programme.");
        groupe.MapPut("/fiches/{ficheId:int}/{annee:int}", async Task<Results<Ok<ReponseAction>, NotFound, ProblemHttpResult>> (int ficheId, int annee, AppreciationApi a,
                ServiceAppreciations service, CancellationToken ct) =>
            {
                var ecriture = await service.EnregistrerAsync(ficheId, annee, a.Texte, ct);
                return ecriture == ServiceAppreciations.Interdit
                    ? TypedResults.Problem(title: "Écriture refusée", detail: ecriture.Resultat.Message, statusCode: StatusCodes.Status403Forbidden)
                    : ecriture.EnReponse(m => new ReponseAction(m), ServiceAppreciations.Introuvable.Resultat);
            })
            .RequireAuthorization(Politiques.GestionPilotage).AccepteCle(PorteesApi.PilotageEcriture).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Enregistre l'appréciation du pilote sur une fiche-action pour une année de son programme (texte vide : l'efface).");
    }

    private static async Task<IResult> LireAsync(int programmeId, int? annee, string? format, CalculRapportEvaluation calcul, CancellationToken ct)
    {
        if (format is not (null or "json" or "xlsx" or "pdf"))
            return Ecriture.Champ("format", "Le format est json, xlsx ou pdf.").EnRefus();
        var (rapport, refus) = await calcul.CalculerAsync(programmeId, annee, ct);
        if (refus is not null) return Ecriture.Champ("annee", refus).EnRefus();
        if (rapport is null) return TypedResults.NotFound();
        return format switch
        {
            "xlsx" => TypedResults.File(await ExportRapportEvaluation.XlsxAsync(rapport, ct), EcritureTableur.TypeXlsx, ExportRapportEvaluation.NomFichier(rapport, "xlsx")),
            "pdf" => TypedResults.File(ExportRapportEvaluation.Pdf(rapport), "application/pdf", ExportRapportEvaluation.NomFichier(rapport, "pdf")),
            _ => TypedResults.Ok(rapport),
        };
    }
}
