using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Cohortes;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Detection;

public sealed record PersonneDetecteeApi(int PersonneId, string Nom, string Prenoms, int? TerritoireId, DateOnly? DateOrientation, int? JoursDepuisOrientation,
    int RelancesEnvoyees, DateOnly? DerniereRelance, DateOnly? ProchaineRelance, bool AProposer, int Absences);

public sealed record SelectionApi(IReadOnlyList<int>? PersonneIds);

public sealed record LigneBilanApi(int PersonneId, string Message);

public sealed record BilanApi(IReadOnlyList<LigneBilanApi> Reussies, IReadOnlyList<LigneBilanApi> Refusees);

public sealed record PropositionApi(int PersonneId, NatureThematique Nature, string? Motif, DateOnly? DetecteLe);

public sealed record DossierEpCree(int Id, string Message);

public sealed record RetraitApi(int Version, string? Motif);

/// <summary>The detection queues and the proposal of a person to an EP for partners' tools, with the pages' scope and refusals (422, or 404 out of scope).</summary>
public static class DetectionApi
{
    public static void MapDetectionEpApi(this RouteGroupBuilder ep)
    {
        var groupe = ep.MapGroup("").RequireAuthorization(Politiques.GestionEquipesPluridisciplinaires)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        groupe.MapGet("/detection", async Task<Results<Ok<Page<PersonneDetecteeApi>>, ProblemHttpResult>> (string? critere, int? territoireId, int? page, int? taille,
                RequeteDetection requete, AppDbContext db, CancellationToken ct) =>
            {
                if (CritereDetectionRegles.DepuisCode(critere ?? CritereDetection.SansContrat.Code()) is not { } choisi)
                    return TypedResults.Problem(title: "Critère inconnu", detail: "Critères : sans-contrat, absences-repetees, maintien-social.", statusCode: StatusCodes.Status400BadRequest);
                var regles = await ReglesEp.EnVigueurAsync(db, ct);
                var lignes = await requete.PageAsync(choisi, regles, territoireId, page, taille, ct);
                return TypedResults.Ok(lignes.Convertir(l =>
                {
                    var suivi = requete.Suivi(choisi, regles, l);
                    return new PersonneDetecteeApi(l.PersonneId, l.Nom, l.Prenoms, l.TerritoireId, l.DateOrientation,
                        l.DateOrientation is DateOnly o ? requete.Aujourdhui.DayNumber - o.DayNumber : null, l.Relances, l.DerniereRelance, suivi.ProchaineRelance, suivi.AProposer, l.Absences);
                }));
            })
            .WithSummary("Une file de détection (critere = sans-contrat, absences-repetees ou maintien-social), dans votre périmètre, filtrable par territoire : "
                + "relances envoyées, prochaine relance due, et si la personne est à proposer en équipe pluridisciplinaire.")
            .AccepteCle(PorteesApi.EpLecture);
        groupe.MapPost("/detection/relances", async Task<Results<Ok<BilanApi>, ProblemHttpResult>> (SelectionApi s, ActionsDetection actions, CancellationToken ct) =>
            {
                var (bilan, refus) = await actions.ExecuterAsync(ActionDetection.Relancer, CritereDetection.SansContrat, s.PersonneIds ?? [], null, ct);
                return bilan is null
                    ? TypedResults.Problem(title: "Action refusée", detail: refus, statusCode: StatusCodes.Status422UnprocessableEntity)
                    : TypedResults.Ok(new BilanApi(Lignes(bilan.Reussies), Lignes(bilan.Refusees)));
            })
            .WithSummary("Envoie la relance due (courrier « Relance : contrat à signer ») à chaque personne orientée sans contrat ; chacune est traitée séparément "
                + "et le bilan dit pourquoi une relance est refusée (pas encore due, série complète, hors périmètre).")
            .AccepteCle(PorteesApi.EpEcriture);
        groupe.MapPost("/dossiers", async Task<Results<Created<DossierEpCree>, NotFound, ProblemHttpResult>> (PropositionApi s, ServiceDossiersEp service, HeureLegale heure, CancellationToken ct) =>
            {
                var (resultat, id) = await service.ProposerAsync(s.PersonneId, s.Nature, s.Motif, s.DetecteLe ?? heure.Aujourdhui, ct);
                if (id is int cree) return TypedResults.Created($"/api/v1/ep/dossiers/{cree}", new DossierEpCree(cree, resultat.Message));
                return resultat == ResultatAction.HorsPerimetre ? TypedResults.NotFound()
                    : TypedResults.Problem(title: "Proposition refusée", detail: resultat.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
            })
            .WithSummary("Propose une personne de votre périmètre en équipe pluridisciplinaire sur une thématique (nature : SansContrat, AbsencesRepetees, MaintienSocial…) ; "
                + "inscrit le dossier à la prochaine séance créée de l'équipe de son territoire. 422 si un dossier est ouvert ou si la personne a été proposée il y a moins de 31 jours.")
            .AccepteCle(PorteesApi.EpEcriture);
        groupe.MapPost("/dossiers/{id:int}/retrait", async Task<Results<Ok<ReponseAction>, NotFound, ProblemHttpResult>> (int id, RetraitApi s, ServiceDossiersEp service, CancellationToken ct) =>
            {
                var resultat = await service.RetirerAsync(id, s.Version, s.Motif, ct);
                return resultat.Reussi ? TypedResults.Ok(new ReponseAction(resultat.Message))
                    : resultat == ResultatAction.HorsPerimetre ? TypedResults.NotFound()
                    : TypedResults.Problem(title: "Retrait refusé", detail: resultat.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
            })
            .WithSummary("Retire un dossier avant l'avis de l'équipe (motif exigé) ; 404 hors de votre périmètre.")
            .AccepteCle(PorteesApi.EpEcriture);
    }

    private static List<LigneBilanApi> Lignes(IReadOnlyList<LigneBilan> lignes) => [.. lignes.Select(l => new LigneBilanApi(l.PersonneId ?? 0, l.Message))];
}
