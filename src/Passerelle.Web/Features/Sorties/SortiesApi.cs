using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Sorties;

public sealed record SuiviSortieApi(int Id, int Version, int Mois, DateOnly Echeance, DateOnly? RealiseLe, SituationEmploi? Situation, string? Commentaire);

public sealed record SortieApi(int Id, int Version, int PersonneId, int ParcoursId, StatutSortie Statut, DateOnly DateSortie, MotifSortie Motif,
    TypeContratSortie? TypeContrat, int? DureeContratMois, SituationEmploi? Situation, string? Commentaire, DateOnly? Retour, IReadOnlyList<SuiviSortieApi> Suivis);

/// <param name="Version">The version of the person's open parcours (<c>GET /api/v1/dossiers/{id}</c> does not give it: read it from the exit list or the person page).</param>
public sealed record SaisieSortieApi(int PersonneId, int Version, MotifSortie? Motif, TypeContratSortie? TypeContrat, int? DureeContratMois, SituationEmploi? Situation, DateOnly? DateSortie, string? Commentaire);

public sealed record ConfirmationSortieApi(int Version, MotifSortie? Motif, TypeContratSortie? TypeContrat, int? DureeContratMois, SituationEmploi? Situation, string? Commentaire);

public sealed record SaisieSuiviApi(int Version, SituationEmploi? Situation, string? Commentaire);

/// <summary>Exits and follow-ups for a partner's tool: read them, record an exit, confirm a proposal, record a follow-up.</summary>
public static class SortiesApi
{
    public static IEndpointRouteBuilder MapSortiesApi(this IEndpointRouteBuilder api)
    {
        var sorties = api.MapGroup("/sorties").RequireAuthorization(Politiques.Dossiers);
        sorties.MapGet("/", async Task<Ok<Page<SortieApi>>> (int? personneId, StatutSortie? statut, int? page, int? taille, AppDbContext db, PerimetreDossiers perimetre, CancellationToken ct) =>
            {
                var requete = Lire(db, perimetre).Where(s => (personneId == null || s.PersonneId == personneId) && (statut == null || s.Statut == statut));
                return TypedResults.Ok(await Projeter(requete.OrderByDescending(s => s.DateSortie).ThenByDescending(s => s.Id)).PaginerAsync(page, taille, ct));
            })
            .WithSummary("Les sorties d'accompagnement dans le périmètre, les plus récentes d'abord, avec leurs suivis à 6 et 12 mois ; filtres personneId et statut (Proposee, Enregistree).")
            .AccepteCle(PorteesApi.SortiesLecture)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        sorties.MapGet("/{id:int}", async Task<Results<Ok<SortieApi>, NotFound>> (int id, AppDbContext db, PerimetreDossiers perimetre, CancellationToken ct) =>
                await Projeter(Lire(db, perimetre).Where(s => s.Id == id)).FirstOrDefaultAsync(ct) is { } sortie ? TypedResults.Ok(sortie) : TypedResults.NotFound())
            .WithSummary("Une sortie et ses suivis ; 404 hors du périmètre.")
            .AccepteCle(PorteesApi.SortiesLecture)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        sorties.MapPost("/", async Task<Results<NoContent, NotFound, Conflict<string>, ValidationProblem>> (SaisieSortieApi saisie, AppDbContext db, PerimetreDossiers perimetre, ServiceSorties service, CancellationToken ct) =>
                !await perimetre.Filtrer(db.Personnes).AnyAsync(p => p.Id == saisie.PersonneId, ct) ? TypedResults.NotFound() : Reponse(await db.SurParcoursOuvertAsync(saisie.PersonneId, p => service.EnregistrerAsync(p, saisie.Version,
                    new SaisieSortie(saisie.Motif, saisie.TypeContrat, saisie.DureeContratMois, saisie.Situation, saisie.DateSortie, saisie.Commentaire), ct), ct)))
            .WithSummary("Enregistre la sortie d'accompagnement d'une personne (ferme son parcours ouvert, version du parcours exigée) et planifie ses suivis ; "
                + "409 si le parcours a changé, 404 hors du périmètre.")
            .AccepteCle(PorteesApi.SortiesEcriture)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        sorties.MapPost("/{id:int}/confirmation", async Task<Results<NoContent, NotFound, Conflict<string>, ValidationProblem>> (int id, ConfirmationSortieApi saisie, ServiceSorties service, CancellationToken ct) =>
                Reponse(await service.QualifierAsync(id, saisie.Version, new SaisieSortie(saisie.Motif, saisie.TypeContrat, saisie.DureeContratMois, saisie.Situation, null, saisie.Commentaire), ct)))
            .WithSummary("Confirme une sortie proposée à la clôture du droit, avec son motif (éventuellement précisé) ; planifie ses suivis.")
            .AccepteCle(PorteesApi.SortiesEcriture)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        sorties.MapPost("/suivis/{id:int}", async Task<Results<NoContent, NotFound, Conflict<string>, ValidationProblem>> (int id, SaisieSuiviApi saisie, ServiceSorties service, CancellationToken ct) =>
                Reponse(await service.EnregistrerSuiviAsync(id, saisie.Version, saisie.Situation, saisie.Commentaire, ct)))
            .WithSummary("Enregistre la situation de la personne à un suivi après sortie (à partir de 15 jours avant son échéance).")
            .AccepteCle(PorteesApi.SortiesEcriture)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static IQueryable<Sortie> Lire(AppDbContext db, PerimetreDossiers perimetre)
    {
        var personnes = perimetre.Filtrer(db.Personnes).Select(p => p.Id);
        return db.Set<Sortie>().AsNoTracking().Where(s => personnes.Contains(s.PersonneId));
    }

    private static IQueryable<SortieApi> Projeter(IQueryable<Sortie> sorties) => sorties.Select(s => new SortieApi(s.Id, s.Version, s.PersonneId, s.ParcoursId, s.Statut, s.DateSortie, s.Motif,
        s.TypeContrat, s.DureeContratMois, s.Situation, s.Commentaire, s.Parcours!.DateReprise > s.DateSortie ? s.Parcours.DateReprise : null,
        s.Suivis.OrderBy(v => v.Mois).Select(v => new SuiviSortieApi(v.Id, v.Version, v.Mois, v.Echeance, v.RealiseLe, v.Situation, v.Commentaire)).ToList()));

    private static Results<NoContent, NotFound, Conflict<string>, ValidationProblem> Reponse(ResultatAction resultat) =>
        resultat.Reussi ? TypedResults.NoContent()
        : resultat == ResultatAction.HorsPerimetre ? TypedResults.NotFound()
        : resultat == ResultatAction.Conflit ? TypedResults.Conflict(resultat.Message)
        : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = [resultat.Message] }, title: resultat.Message);
}
