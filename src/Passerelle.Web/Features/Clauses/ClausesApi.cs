using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Clauses;

public sealed record HeuresParticipantApi(int ParticipantId, decimal? Heures);

/// <param name="Mois">« AAAA-MM ».</param>
public sealed record MoisHeuresApi(string? Mois, IReadOnlyList<HeuresParticipantApi>? Lignes);

public sealed record HeuresLues(int ParticipantId, string Nom, string Prenom, string Mois, decimal Heures);

public sealed record ClauseEcrite(int Id, string Message);

/// <summary>
/// Contracts with a social clause and their monthly hours for the facilitators' tools: the scope of the pages, 404 outside
/// it, refusals in 422 with each field's (or participant's) reason under « erreurs »; the totals for pilots and readers.
/// </summary>
public static class ClausesApi
{
    public static void MapClausesApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/clauses").WithTags("Clauses sociales").RequireAuthorization(Politiques.TableauClauses)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .MapGet("/tableau", async Task<Results<Ok<Tableau>, ValidationProblem>> (int? de, int? a, TableauClauses tableau, HeureLegale heure, CancellationToken ct) =>
                new[] { de, a }.Any(x => x is < TableauClauses.AnneeMin or > TableauClauses.AnneeMax)
                    ? TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["annee"] = [$"Les années ?de= et ?a= vont de {TableauClauses.AnneeMin} à {TableauClauses.AnneeMax}."],
                    })
                    : TypedResults.Ok(await tableau.CalculerAsync(de ?? a ?? heure.Aujourdhui.Year, a ?? de ?? heure.Aujourdhui.Year, ct)))
            .AccepteCle(PorteesApi.ClausesLecture)
            .WithSummary("Heures de clauses prévues, réalisées et leurs ETP (1 607 h) par année civile de ?de= à ?a= (10 ans au plus), puis par marché, employeur, territoire et fiche-action.");
        var groupe = api.MapGroup("/clauses").WithTags("Clauses sociales").RequireAuthorization(Politiques.Clauses)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        groupe.MapGet("", async (string? recherche, int? page, int? taille, ConsultationMarches c, CancellationToken ct) =>
                TypedResults.Ok(await c.ListeAsync(recherche, page, taille, ct)))
            .AccepteCle(PorteesApi.ClausesLecture)
            .WithSummary("Les marchés à clause sociale de votre périmètre, du plus récent au plus ancien (?recherche= : numéro, objet ou acheteur), paginés.");
        groupe.MapGet("/{id:int}", async Task<Results<Ok<FicheMarche>, NotFound>> (int id, ConsultationMarches c, CancellationToken ct) =>
                await c.FicheAsync(id, ct) is { } fiche ? TypedResults.Ok(fiche) : TypedResults.NotFound())
            .AccepteCle(PorteesApi.ClausesLecture)
            .WithSummary("Un marché : acheteur, objet, lots, dates, heures exigées, plan mensuel, totaux par année, participants ; 404 hors de votre périmètre.");
        groupe.MapPost("", async Task<Results<Created<ClauseEcrite>, ProblemHttpResult>> (SaisieMarche s, ServiceMarches service, CancellationToken ct) =>
                await service.CreerAsync(s, ct) is var e && e.Resultat.Reussi && e.Id is int id
                    ? TypedResults.Created($"/api/v1/clauses/{id}", new ClauseEcrite(id, e.Resultat.Message)) : e.EnRefus())
            .AccepteCle(PorteesApi.ClausesEcriture)
            .WithSummary("Enregistre un marché et répartit ses heures exigées sur ses mois ; 422 avec la raison de chaque champ refusé.");
        groupe.MapPost("/{id:int}/participants", async Task<Results<Ok<ClauseEcrite>, NotFound, ProblemHttpResult>> (int id, SaisieParticipant s, ServiceParticipants service, CancellationToken ct) =>
                Ecrire(await service.InscrireAsync(id, s, ct)))
            .AccepteCle(PorteesApi.ClausesEcriture)
            .WithSummary("Inscrit un participant sur le marché (nom, prénom, date de naissance, public, employeur) ; l'identifiant rendu est celui du participant.");
        groupe.MapGet("/{id:int}/heures", async Task<Results<Ok<List<HeuresLues>>, NotFound>> (int id, ConsultationMarches c, CancellationToken ct) =>
                await c.HeuresAsync(id, ct) is { } heures ? TypedResults.Ok(heures) : TypedResults.NotFound())
            .AccepteCle(PorteesApi.ClausesLecture)
            .WithSummary("Les heures réalisées du marché, par participant et par mois ; 404 hors de votre périmètre.");
        groupe.MapPut("/{id:int}/heures", async Task<Results<Ok<ClauseEcrite>, NotFound, ProblemHttpResult>> (int id, MoisHeuresApi m, EnregistrementHeures service, CancellationToken ct) =>
            {
                if (!DateOnly.TryParseExact(m.Mois, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var mois))
                    return Ecriture.Champ("Mois", "Indiquez le mois sous la forme AAAA-MM.").EnRefus();
                var lignes = (m.Lignes ?? []).Select(l => new LigneHeures(l.ParticipantId.ToString(CultureInfo.InvariantCulture), id, l.ParticipantId, mois, l.Heures)).ToList();
                return Ecrire(await service.EnregistrerAsync(lignes, ct));
            })
            .AccepteCle(PorteesApi.ClausesEcriture)
            .WithSummary("Enregistre un mois d'heures réalisées pour plusieurs participants : tout ou rien, 422 avec la raison de chaque participant refusé (plafond des jours ouvrés × 7 h) ; une heure vide ou nulle efface le mois.");
    }

    private static Results<Ok<ClauseEcrite>, NotFound, ProblemHttpResult> Ecrire(Ecriture e) =>
        e.EnReponse(message => new ClauseEcrite(e.Id ?? 0, message), ServiceMarches.Introuvable);
}
