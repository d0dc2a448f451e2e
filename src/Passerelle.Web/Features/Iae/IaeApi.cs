using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Iae;

public sealed record ParcoursIaeLu(int Id, int Version, int PersonneId, int StructureId, string Kind, DateOnly DateDiagnostic, DateOnly DateEmbauche,
    TypeContratIae TypeContrat, string CodeContrat, DateOnly? DateSortie, MotifSortieIae? MotifSortie);

public sealed record EntreeIaeApi(int PersonneId, SaisieEntreeIae Entree);

public sealed record SortieIaeApi(int Version, DateOnly? Date, MotifSortieIae? Motif);

public sealed record IaeEcrit(int Id, string Message);

/// <summary>IAE parcours for partners' tools, with the les emplois de l'inclusion codes beside ours; the persons' scope, 404 outside it.</summary>
public static class IaeApi
{
    public static void MapIaeApi(this RouteGroupBuilder api)
    {
        var groupe = api.MapGroup("/iae").WithTags("IAE").RequireAuthorization(Politiques.Dossiers)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        groupe.MapGet("", async (int? personneId, int? page, int? taille, ServiceIae service, Data.AppDbContext db, CancellationToken ct) =>
            {
                var parcours = service.Visibles().AsNoTracking();
                if (personneId is int p) parcours = parcours.Where(x => x.PersonneId == p);
                var lus = await parcours.OrderByDescending(x => x.DateEmbauche).ThenByDescending(x => x.Id)
                    .Select(x => new { Parcours = x, Type = db.Structures.Where(s => s.Id == x.StructureId).Select(s => s.Type).First() }).PaginerAsync(page, taille, ct);
                return TypedResults.Ok(lus.Convertir(x => Lire(x.Parcours, x.Type)));
            })
            .AccepteCle(PorteesApi.IaeLecture)
            .WithSummary("Les parcours IAE des personnes de votre périmètre (?personneId=), avec les codes des emplois de l'inclusion (kind, type de contrat).");
        groupe.MapGet("/occupation", async (int? annee, IndicateursIae indicateurs, HeureLegale heure, CancellationToken ct) =>
                TypedResults.Ok(await indicateurs.CalculerAsync(annee is >= 2000 and <= 2999 ? annee.Value : heure.Aujourdhui.Year, heure.Aujourdhui, ct)))
            .AccepteCle(PorteesApi.IaeLecture)
            .WithSummary("Places conventionnées et occupation des SIAE d'une année (?annee=), entrées par type et contrat, sorties par motif.");
        groupe.MapPost("", async Task<Results<Created<IaeEcrit>, NotFound, ProblemHttpResult>> (EntreeIaeApi e, ServiceIae service, CancellationToken ct) =>
                (await service.EntrerAsync(e.PersonneId, e.Entree, ct))
                    .EnCreation(_ => $"/api/v1/iae?personneId={e.PersonneId}", (id, message) => new IaeEcrit(id, message), ServiceIae.Introuvable))
            .AccepteCle(PorteesApi.IaeEcriture)
            .WithSummary("Enregistre l'embauche d'une personne en SIAE ; 422 si le diagnostic a plus de 6 mois, si la structure n'est pas une SIAE ou ne signe pas ce contrat.");
        groupe.MapPost("/{id:int}/sortie", async Task<Results<Ok<IaeEcrit>, NotFound, ProblemHttpResult>> (int id, SortieIaeApi s, ServiceIae service, CancellationToken ct) =>
                (await service.SortirAsync(id, s.Version, s.Date, s.Motif, ct)).EnReponse(message => new IaeEcrit(id, message), ServiceIae.Introuvable))
            .AccepteCle(PorteesApi.IaeEcriture)
            .WithSummary("Enregistre la sortie d'un parcours IAE (date, motif).");
    }

    private static ParcoursIaeLu Lire(ParcoursIae p, Structures.TypeStructure type) => new(p.Id, p.Version, p.PersonneId, p.StructureId,
        VocabulaireEmploisInclusion.Kinds.GetValueOrDefault(type, ""), p.DateDiagnostic, p.DateEmbauche, p.TypeContrat,
        VocabulaireEmploisInclusion.Contrats[p.TypeContrat], p.DateSortie, p.MotifSortie);
}
