using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Features.Sorties;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Prescriptions;

public sealed record PrescriptionApi(int Id, int Version, int ActionId, int StructureId, int? SessionId, StatutPrescription Statut, DateTime PrescriteLe, string Prescripteur,
    string Motif, InformationsPartagees Partage, DateTime? ReponduLe, MotifRefusPrescription? MotifRefus, string? PrecisionReponse, DateOnly? DateEntree,
    DateOnly? DateSortie, TypeSortieAction? TypeSortie, SituationEmploi? Situation3Mois, SituationEmploi? Situation6Mois, bool DepassementAutorise);

public sealed record SaisiePrescriptionApi(int PersonneId, int ActionId, int? SessionId, string? Motif, string? ObjectifContrat, bool PartagerDateNaissance,
    bool PartagerTelephone, bool PartagerCourriel, bool PartagerFreins, string? Message, bool DepasserCapacite = false, string? MotifDepassement = null);

public sealed record ReponseApi(int Version, ActePrescription Acte, MotifRefusPrescription? MotifRefus, string? Precision);

public sealed record EntreeApi(int Version, DateOnly? Date);

public sealed record SortieActionApi(int Version, DateOnly? Date, TypeSortieAction? Type, string? Commentaire);

public sealed record SituationApi(int Version, int Mois, SituationEmploi? Situation);

public sealed record AnnulationApi(int Version, string? Motif);

public sealed record PrescriptionCreee(int Id, string Message);

/// <summary>
/// Prescriptions for partners' tools, within the same reach as the pages (<see cref="AccesPrescriptions"/>): the person's
/// data is only what the référent shared. Refusals answer 422 with the French reason.
/// </summary>
public static class PrescriptionsApi
{
    public static void MapPrescriptionsApi(this RouteGroupBuilder api)
    {
        var groupe = api.MapGroup("/prescriptions").RequireAuthorization(Politiques.Prescriptions).WithTags("Prescriptions")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        groupe.MapGet("/", async Task<Ok<Page<PrescriptionApi>>> (StatutPrescription? statut, int? actionId, int? page, int? taille, ConsultationPrescriptions consultation, CancellationToken ct) =>
                TypedResults.Ok(await Projeter(consultation.Visibles().Where(p => (statut == null || p.Statut == statut) && (actionId == null || p.ActionInsertionId == actionId))
                    .OrderByDescending(p => p.PrescriteLe).ThenByDescending(p => p.Id)).PaginerAsync(page, taille, ct)))
            .WithSummary("Les prescriptions atteintes (celles adressées à vos structures pour un opérateur, celles de vos personnes pour un référent), les plus récentes d'abord ; filtres statut et actionId.")
            .AccepteCle(PorteesApi.PrescriptionsLecture);
        groupe.MapGet("/{id:int}", async Task<Results<Ok<PrescriptionApi>, NotFound>> (int id, ConsultationPrescriptions consultation, CancellationToken ct) =>
                await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(Projeter(consultation.Visibles().Where(p => p.Id == id)), ct) is { } p
                    ? TypedResults.Ok(p) : TypedResults.NotFound())
            .WithSummary("Une prescription ; 404 si elle n'est pas adressée à votre structure ni à une personne de votre périmètre.")
            .AccepteCle(PorteesApi.PrescriptionsLecture);
        groupe.MapPost("/", async Task<Results<Created<PrescriptionCreee>, ProblemHttpResult>> (SaisiePrescriptionApi s, ServicePrescriptions service, CancellationToken ct) =>
            {
                var (resultat, id) = await service.PrescrireAsync(s.PersonneId, new SaisiePrescription(s.ActionId, s.SessionId, s.Motif, s.ObjectifContrat, s.PartagerDateNaissance,
                    s.PartagerTelephone, s.PartagerCourriel, s.PartagerFreins, s.Message, s.DepasserCapacite, s.MotifDepassement), ct);
                return id is int cree ? TypedResults.Created($"/api/v1/prescriptions/{cree}", new PrescriptionCreee(cree, resultat.Message))
                    : TypedResults.Problem(title: "Prescription refusée", detail: resultat.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
            })
            .WithSummary("Prescrit une action publiée à une personne dont vous êtes le référent ; seules les informations cochées sont partagées avec l'opérateur. "
                + "422 si l'action est complète, si vous n'êtes pas son référent ou si la saisie est incomplète.")
            .AccepteCle(PorteesApi.PrescriptionsEcriture);
        groupe.MapPost("/{id:int}/reponse", async (int id, ReponseApi s, ServiceParticipations service, CancellationToken ct) =>
                (await service.RepondreAsync(id, s.Version, new SaisieReponse(s.Acte, s.MotifRefus, s.Precision), ct)).EnReponse())
            .WithSummary("L'opérateur accepte (Accepter), met en liste d'attente (MettreEnAttente) ou refuse (Refuser, motif exigé).")
            .AccepteCle(PorteesApi.PrescriptionsEcriture);
        groupe.MapPost("/{id:int}/entree", async (int id, EntreeApi s, ServiceParticipations service, CancellationToken ct) =>
                (await service.EntrerAsync(id, s.Version, s.Date, ct)).EnReponse())
            .WithSummary("L'opérateur enregistre l'entrée dans l'action ; refusée au-delà des places financées sans dépassement autorisé.")
            .AccepteCle(PorteesApi.PrescriptionsEcriture);
        groupe.MapPost("/{id:int}/sortie", async (int id, SortieActionApi s, ServiceParticipations service, CancellationToken ct) =>
                (await service.SortirAsync(id, s.Version, new SaisieSortieAction(s.Date, s.Type, s.Commentaire), ct)).EnReponse())
            .WithSummary("L'opérateur enregistre la sortie de l'action et son type (EmploiDurable, EmploiTransition, FormationQualifiante, AutreSortieDynamique, Abandon, Demenagement, Autre).")
            .AccepteCle(PorteesApi.PrescriptionsEcriture);
        groupe.MapPost("/{id:int}/situation", async (int id, SituationApi s, ServiceParticipations service, CancellationToken ct) =>
                (await service.SituationApresAsync(id, s.Version, s.Mois, s.Situation, ct)).EnReponse())
            .WithSummary("L'opérateur enregistre la situation à 3 ou 6 mois après la sortie.")
            .AccepteCle(PorteesApi.PrescriptionsEcriture);
        groupe.MapPost("/{id:int}/annulation", async (int id, AnnulationApi s, ServicePrescriptions service, CancellationToken ct) =>
                (await service.AnnulerAsync(id, s.Version, s.Motif, ct)).EnReponse())
            .WithSummary("Le prescripteur (ou un agent) annule la prescription avant l'entrée de la personne.")
            .AccepteCle(PorteesApi.PrescriptionsEcriture);
    }

    private static IQueryable<PrescriptionApi> Projeter(IQueryable<Prescription> prescriptions) => prescriptions.Select(p => new PrescriptionApi(p.Id, p.Version,
        p.ActionInsertionId, p.StructureId, p.SessionActionId, p.Statut, p.PrescriteLe, p.PrescripteurNom, p.Motif, p.Partage, p.ReponduLe, p.MotifRefus,
        p.PrecisionReponse, p.DateEntree, p.DateSortie, p.TypeSortie, p.Situation3Mois, p.Situation6Mois, p.DepassementAutorisePar != null));
}
