using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.OffresEmploi;

public sealed record ModificationOffreApi(int Version, SaisieOffre Offre);

public sealed record StatutOffreApi(int Version, StatutOffre? Statut);

public sealed record PropositionApi(int OffreEmploiId, int? PersonneId, string? Commentaire);

public sealed record EtapeApi(int Version, StatutMiseEnRelation? Statut, DateOnly? DateEntretien, TypeContratOffre? TypeContrat, DateOnly? DateDebut, int? DureeMois,
    MotifNonRetenue? Motif, string? Commentaire);

public sealed record OffreEcrite(int Id, string Message);

/// <summary>
/// Job offers and mises en relation for partners' tools (a job board, the employer relations' CRM): the scope of the pages,
/// 404 outside it, refusals in 422 with each field's reason under « erreurs ».
/// </summary>
public static class OffresEmploiApi
{
    public static void MapOffresEmploiApi(this RouteGroupBuilder api)
    {
        var offres = api.MapGroup("/offres-emploi").WithTags("Offres d'emploi").RequireAuthorization(Politiques.OffresEmploi)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        offres.MapGet("", async (string? rome, TypeContratOffre? contrat, string? commune, StatutOffre? statut, int? page, int? taille, ConsultationOffres c, CancellationToken ct) =>
                TypedResults.Ok(await c.ListeAsync(new FiltreOffres(rome, contrat, commune, statut), page, taille, ct)))
            .AccepteCle(PorteesApi.OffresEmploiLecture)
            .WithSummary("Les offres de votre périmètre (un référent : les offres ouvertes de ses territoires), les plus récentes d'abord ; filtres rome, contrat, commune, statut.");
        offres.MapGet("/{id:int}", async Task<Results<Ok<FicheOffre>, NotFound>> (int id, ConsultationOffres c, CancellationToken ct) =>
                await c.FicheAsync(id, ct) is { } fiche ? TypedResults.Ok(fiche) : TypedResults.NotFound())
            .AccepteCle(PorteesApi.OffresEmploiLecture)
            .WithSummary("Une offre et les mises en relation que vous voyez ; 404 hors de votre périmètre.");
        offres.MapPost("", async Task<Results<Created<OffreEcrite>, NotFound, ProblemHttpResult>> (SaisieOffre s, ServiceOffres service, CancellationToken ct) =>
                (await service.CreerAsync(s, ct)).EnCreation(id => $"/api/v1/offres-emploi/{id}", (id, _) => new OffreEcrite(id, "Offre enregistrée."), ServiceOffres.Introuvable))
            .RequireAuthorization(Politiques.Employeurs)
            .AccepteCle(PorteesApi.OffresEmploiEcriture)
            .WithSummary("Enregistre une offre d'un employeur de votre périmètre ; 422 avec la raison de chaque champ refusé (code ROME, durée selon le contrat, heures, commune, dates).");
        offres.MapPut("/{id:int}", async Task<Results<Ok<OffreEcrite>, NotFound, ProblemHttpResult>> (int id, ModificationOffreApi m, ServiceOffres service, CancellationToken ct) =>
                Ecrire(await service.ModifierAsync(id, m.Version, m.Offre, ct), id, ServiceOffres.Introuvable))
            .RequireAuthorization(Politiques.Employeurs)
            .AccepteCle(PorteesApi.OffresEmploiEcriture)
            .WithSummary("Modifie une offre à sa version ; 404 hors de votre périmètre, 422 avec la raison de chaque champ refusé.");
        offres.MapPut("/{id:int}/statut", async Task<Results<Ok<OffreEcrite>, NotFound, ProblemHttpResult>> (int id, StatutOffreApi s, ServiceOffres service, CancellationToken ct) =>
                Ecrire(await service.ChangerStatutAsync(id, s.Version, s.Statut, ct), id, ServiceOffres.Introuvable))
            .RequireAuthorization(Politiques.Employeurs)
            .AccepteCle(PorteesApi.OffresEmploiEcriture)
            .WithSummary("Passe une offre ouverte à Pourvue ou Close ; 422 si la transition n'est pas permise.");

        var mises = api.MapGroup("/mises-en-relation").WithTags("Offres d'emploi").RequireAuthorization(Politiques.OffresEmploi)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        mises.MapGet("", async (int? offreEmploiId, int? personneId, StatutMiseEnRelation? statut, int? page, int? taille, ConsultationOffres c, CancellationToken ct) =>
                TypedResults.Ok(await c.MisesEnRelationAsync(offreEmploiId, personneId, statut, page, taille, ct)))
            .AccepteCle(PorteesApi.OffresEmploiLecture)
            .WithSummary("Les mises en relation que vous voyez (un référent : les siennes ; un chargé : celles des offres de ses employeurs) ; filtres offreEmploiId, personneId, statut.");
        mises.MapPost("", async Task<Results<Created<OffreEcrite>, NotFound, ProblemHttpResult>> (PropositionApi p, ServiceMisesEnRelation service, CancellationToken ct) =>
                (await service.ProposerAsync(p.OffreEmploiId, p.PersonneId, p.Commentaire, ct)).EnCreation(_ => $"/api/v1/mises-en-relation?offreEmploiId={p.OffreEmploiId}",
                    (id, _) => new OffreEcrite(id, "Personne proposée."), ServiceOffres.Introuvable, ServiceMisesEnRelation.HorsPortefeuille))
            .AccepteCle(PorteesApi.OffresEmploiEcriture)
            .WithSummary("Un référent propose une personne dont il est le référent pour une offre ouverte qu'il voit ; 404 si l'offre ou la personne est hors de son périmètre.");
        mises.MapPost("/{id:int}/etape", async Task<Results<Ok<OffreEcrite>, NotFound, ProblemHttpResult>> (int id, EtapeApi e, ServiceMisesEnRelation service, CancellationToken ct) =>
                Ecrire(await service.EnregistrerEtapeAsync(id, e.Version, new SaisieEtape(e.Statut, e.DateEntretien, e.TypeContrat, e.DateDebut, e.DureeMois, e.Motif, e.Commentaire), ct),
                    id, ServiceMisesEnRelation.Introuvable))
            .AccepteCle(PorteesApi.OffresEmploiEcriture)
            .WithSummary("Enregistre l'étape suivante (Acceptee, Refusee, Entretien, Embauchee, NonRetenue) ; une embauche propose la sortie « Emploi » ; "
                + "422 si la transition n'est pas permise ou si un champ est refusé (p. ex. une embauche datée avant la mise en relation).");
    }

    private static Results<Ok<OffreEcrite>, NotFound, ProblemHttpResult> Ecrire(Ecriture e, int id, ResultatAction introuvable) =>
        e.EnReponse(message => new OffreEcrite(id, message), introuvable);
}
