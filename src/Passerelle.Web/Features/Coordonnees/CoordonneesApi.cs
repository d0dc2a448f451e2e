using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Coordonnees;

public sealed record ConsentementApi(bool Donne, DateTime? Le, string? Par, RecueilConsentement? Recueil);

/// <param name="SmsPossible">The mobile is a French mobile and the person agreed to SMS.</param>
/// <param name="RaisonSansSms">Why the number cannot receive SMS (landline, foreign), null for a French mobile.</param>
public sealed record CoordonneesApi(int PersonneId, int Version, string? Telephone, string? Telephone2, string? Email,
    ConsentementApi ConsentementSms, ConsentementApi ConsentementEmail, bool SmsPossible, string? RaisonSansSms, DateTime? EmailEnErreurLe);

/// <summary>A person's contact details and consents for a partner's tool: read them, replace them (history and audit as on the page).</summary>
public static class CoordonneesApiEndpoints
{
    public static IEndpointRouteBuilder MapCoordonneesApi(this IEndpointRouteBuilder api)
    {
        var groupe = api.MapGroup("/personnes/{id:int}").RequireAuthorization(Politiques.Dossiers);
        groupe.MapGet("/coordonnees", async Task<Results<Ok<CoordonneesApi>, NotFound>> (int id, AppDbContext db, PerimetreDossiers perimetre, CancellationToken ct) =>
                await LireAsync(id, db, perimetre, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound())
            .WithSummary("Les téléphones, l'e-mail et les accords de contact (SMS, e-mail) d'une personne ; 404 hors du périmètre.")
            .AccepteCle(PorteesApi.CoordonneesLecture)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        groupe.MapPut("/coordonnees", async Task<Results<NoContent, NotFound, Conflict<string>, ValidationProblem>> (int id, SaisieCoordonnees saisie, ServiceCoordonnees service, CancellationToken ct) =>
                Reponse(await service.ModifierAsync(id, saisie, ct)))
            .WithSummary("Remplace les téléphones, l'e-mail et les accords (version exigée ; Recueil obligatoire pour un nouvel accord) ; 409 si modifiées entre-temps, 404 hors du périmètre.")
            .AccepteCle(PorteesApi.CoordonneesEcriture)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<CoordonneesApi?> LireAsync(int id, AppDbContext db, PerimetreDossiers perimetre, CancellationToken ct)
    {
        var ligne = await perimetre.Filtrer(db.Personnes).AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Telephone, p.Email }).FirstOrDefaultAsync(ct);
        if (ligne is null) return null;
        var c = await db.Set<CoordonneesPersonne>().AsNoTracking().FirstOrDefaultAsync(x => x.PersonneId == id, ct) ?? new CoordonneesPersonne { PersonneId = id };
        static ConsentementApi Api(Consentement a) => new(a.Donne, a.Le, a.Par, a.Recueil);
        var raison = ligne.Telephone is null ? null : RegleCoordonnees.RaisonSansSms(ligne.Telephone);
        return new CoordonneesApi(id, c.Version, ligne.Telephone, c.Telephone2, ligne.Email, Api(c.ConsentementSms), Api(c.ConsentementEmail),
            ligne.Telephone is not null && raison is null && c.ConsentementSms.Donne, raison,
            c.EmailEnErreur is not null && c.EmailEnErreur == ligne.Email ? c.EmailEnErreurLe : null);
    }

    private static Results<NoContent, NotFound, Conflict<string>, ValidationProblem> Reponse(ResultatAction resultat) =>
        resultat.Reussi ? TypedResults.NoContent()
        : resultat == ResultatAction.HorsPerimetre ? TypedResults.NotFound()
        : resultat == ResultatAction.Conflit ? TypedResults.Conflict(resultat.Message)
        : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = [resultat.Message] }, title: resultat.Message);
}
