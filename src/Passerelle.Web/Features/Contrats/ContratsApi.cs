using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Contrats;

/// <summary>A contract as the API reads it.</summary>
public sealed record ContratLu(int Id, int Version, int PersonneId, string Type, string Rang, int? ContratPrecedentId, DateOnly DateDebut, int DureeMois,
    DateOnly DateFin, string Statut, IReadOnlyList<ObjectifContrat> Objectifs, IReadOnlyList<ActionPrevue> Actions, string? EngagementsPersonne,
    string? EngagementsDepartement, string? Organisme, string? Resume, DateOnly? SigneLe, string? SigneA, DateTime CreeLe, string CreePar,
    DateTime? ValideStructureLe, string? ValideStructurePar, DateTime? DecideLe, string? DecidePar, string? MotifDecision)
{
    public static ContratLu De(Contrat c) => new(c.Id, c.Version, c.PersonneId, c.Type.ToString(), c.Rang.ToString(), c.ContratPrecedentId, c.DateDebut,
        c.DureeMois, c.DateFin, c.Statut.Code(), c.Objectifs, c.Actions, c.EngagementsPersonne, c.EngagementsDepartement, c.Organisme, c.Resume,
        c.SigneLe, c.SigneA, c.CreeLe, c.CreePar, c.ValideStructureLe, c.ValideStructurePar, c.DecideLe, c.DecidePar, c.MotifDecision);
}

public sealed record NouveauContrat(int PersonneId, SaisieContrat Contrat);
public sealed record ModificationContrat(int Version, SaisieContrat Contrat);
public sealed record DecisionContrat(int Version, ActeContrat Acte, string? Motif);

/// <summary>/api/v1/contrats: a partner's tool reads, establishes, changes and decides contracts through <see cref="ServiceContrats"/>.</summary>
public static class ContratsApi
{
    public static IEndpointRouteBuilder MapContratsApi(this IEndpointRouteBuilder api)
    {
        var contrats = api.MapGroup("/contrats").RequireAuthorization(Politiques.Dossiers);

        contrats.MapGet("/", async Task<Results<Ok<List<ContratLu>>, NotFound>> (int personneId, AppDbContext db, PerimetreDossiers perimetre, CancellationToken ct) =>
            {
                if (!await perimetre.Filtrer(db.Personnes).AnyAsync(p => p.Id == personneId, ct)) return TypedResults.NotFound();
                var lus = await db.Set<Contrat>().AsNoTracking().Where(c => c.PersonneId == personneId).OrderByDescending(c => c.DateDebut).ToListAsync(ct);
                return TypedResults.Ok(lus.Select(ContratLu.De).ToList());
            })
            .WithSummary("Les contrats d'une personne (personneId), du plus récent au plus ancien ; statut E (en attente), V (validé), N (non validé), A (annulé). 404 hors du périmètre.")
            .AccepteCle(PorteesApi.ContratsLecture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        contrats.MapGet("/{id:int}", async Task<Results<Ok<ContratLu>, NotFound>> (int id, AppDbContext db, PerimetreDossiers perimetre, CancellationToken ct) =>
                await db.Set<Contrat>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && perimetre.Filtrer(db.Personnes).Any(p => p.Id == c.PersonneId), ct) is { } c
                    ? TypedResults.Ok(ContratLu.De(c)) : TypedResults.NotFound())
            .WithSummary("Un contrat ; 404 hors du périmètre ou d'un autre département.")
            .AccepteCle(PorteesApi.ContratsLecture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        contrats.MapPost("/", async Task<Results<Created<ContratLu>, ValidationProblem, NotFound>> (NouveauContrat saisie, ServiceContrats service, AppDbContext db, CancellationToken ct) =>
            {
                var resultat = await service.CreerAsync(saisie.PersonneId, saisie.Contrat, ct);
                if (resultat.ContratId is not int id) return Refus(resultat.Action);
                var cree = ContratLu.De(await db.Set<Contrat>().AsNoTracking().SingleAsync(c => c.Id == id, ct));
                return TypedResults.Created($"/api/v1/contrats/{id}", cree);
            })
            .WithSummary("Établit le contrat d'une personne orientée et suivie : son type suit l'orientation et les règles en vigueur ; date de fin calculée si absente. "
                + "Refus (400) en français : durée non permise, fin avant le début, chevauchement avec un contrat du même type, personne non orientée.")
            .AccepteCle(PorteesApi.ContratsEcriture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        contrats.MapPut("/{id:int}", async Task<Results<Ok<ContratLu>, ValidationProblem, NotFound>> (int id, ModificationContrat saisie, ServiceContrats service, AppDbContext db, CancellationToken ct) =>
                await Relire(await service.ModifierAsync(id, saisie.Version, saisie.Contrat, ct), id, db, ct))
            .WithSummary("Modifie un contrat en attente (ou un PPAE / contrat d'engagement enregistré) ; version attendue, conflit refusé.")
            .AccepteCle(PorteesApi.ContratsEcriture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        contrats.MapPost("/{id:int}/decision", async Task<Results<Ok<ContratLu>, ValidationProblem, NotFound>> (int id, DecisionContrat decision, ServiceContrats service, AppDbContext db, CancellationToken ct) =>
                await Relire(await service.DeciderAsync(id, decision.Version, decision.Acte, decision.Motif, ct), id, db, ct))
            .WithSummary("Décide un CER : ValiderStructure (responsable de la structure, si le département le demande), Valider, Refuser ou Annuler (agent départemental ; motif exigé pour refuser ou annuler).")
            .AccepteCle(PorteesApi.ContratsEcriture)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<Results<Ok<ContratLu>, ValidationProblem, NotFound>> Relire(ResultatAction resultat, int id, AppDbContext db, CancellationToken ct)
    {
        if (resultat == ResultatAction.HorsPerimetre) return TypedResults.NotFound();
        if (!resultat.Reussi) return Probleme(resultat);
        return TypedResults.Ok(ContratLu.De(await db.Set<Contrat>().AsNoTracking().SingleAsync(c => c.Id == id, ct)));
    }

    /// <summary>Outside the scope reads as a missing person; every other refusal is a validation problem with its French reason.</summary>
    private static Results<Created<ContratLu>, ValidationProblem, NotFound> Refus(ResultatAction resultat) =>
        resultat == ResultatAction.HorsPerimetre ? TypedResults.NotFound() : Probleme(resultat);

    private static ValidationProblem Probleme(ResultatAction resultat) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["contrat"] = [resultat.Message] }, title: resultat.Message);
}
