using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Comites;

public sealed record ModificationComiteApi(int Version, SaisieComite? Comite);

public sealed record MembreActifApi(bool Actif);

public sealed record ModificationReunionApi(int Version, SaisieReunion? Reunion);

public sealed record PresencesApi(int Version, IReadOnlyList<SaisiePresence>? Presences);

public sealed record CompteRenduApi(int Version, string? Texte);

public sealed record StatutDecisionApi(int Version, StatutDecision? Statut);

public sealed record ComiteEcrit(int Id, string Message);

/// <summary>
/// The governance instances for pilots' tools and BI: instances, meetings with attendance and decisions, indicators of a
/// period. Refusals answer 422 with each field's reason under « errors »; an instance read but not the writer's, 403.
/// </summary>
public static class ComitesApi
{
    public static void MapComitesApi(this RouteGroupBuilder api)
    {
        var lecture = api.MapGroup("/comites").WithTags("Comités").RequireAuthorization(Politiques.Comites)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        lecture.MapGet("", async (ConsultationComites c, CancellationToken ct) => TypedResults.Ok(await c.ListeAsync(ct)))
            .AccepteCle(PorteesApi.ComitesLecture).WithSummary("Les instances du département (comités de pilotage, techniques, locaux, autres), leurs membres et réunions tenues.");
        lecture.MapGet("/{id:int}", async Task<Results<Ok<VueComite>, NotFound>> (int id, ConsultationComites c, CancellationToken ct) =>
                await c.InstanceAsync(id, ct) is { } vue ? TypedResults.Ok(vue) : TypedResults.NotFound())
            .AccepteCle(PorteesApi.ComitesLecture).WithSummary("Une instance : programme et fiches-actions suivis, fréquence, membres et leur taux de présence, réunions.");
        lecture.MapGet("/reunions/{id:int}", async Task<Results<Ok<VueReunion>, NotFound>> (int id, ConsultationComites c, CancellationToken ct) =>
                await c.ReunionAsync(id, ct) is { } vue ? TypedResults.Ok(vue) : TypedResults.NotFound())
            .AccepteCle(PorteesApi.ComitesLecture).WithSummary("Une réunion : date, lieu, ordre du jour, présence de chaque institution membre, compte rendu, décisions.");
        lecture.MapGet("/indicateurs", async Task<Results<Ok<ChiffresComites>, ProblemHttpResult>> (DateOnly? du, DateOnly? au, IndicateursComites indicateurs, HeureLegale heure, CancellationToken ct) =>
            {
                var fin = au ?? heure.Aujourdhui;
                var debut = du ?? new DateOnly(fin.Year, 1, 1);
                var erreurs = IndicateursComites.VerifierPeriode(debut, fin);
                return erreurs.Count > 0 ? Ecriture.Champs(erreurs).EnRefus() : TypedResults.Ok(await indicateurs.CalculerAsync(debut, fin, ct));
            })
            .AccepteCle(PorteesApi.ComitesLecture)
            .WithSummary("Réunions tenues par instance et par type, fréquence attendue respectée ou non, taux de participation de chaque institution et décisions (faites, ouvertes, en retard) de ?du= à ?au= (10 ans au plus ; par défaut l'année en cours).");

        var ecriture = api.MapGroup("/comites").WithTags("Comités").RequireAuthorization(Politiques.GestionComites)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        ecriture.MapPost("", async Task<Results<Created<ComiteEcrit>, NotFound, ProblemHttpResult>> (SaisieComite s, ServiceComites service, CancellationToken ct) =>
                Cree(await service.CreerAsync(s, ct), id => $"/api/v1/comites/{id}"))
            .AccepteCle(PorteesApi.ComitesEcriture).WithSummary("Enregistre une instance (un comité local appartient à l'un de vos territoires).");
        ecriture.MapPut("/{id:int}", async Task<Results<Ok<ComiteEcrit>, NotFound, ProblemHttpResult>> (int id, ModificationComiteApi m, ServiceComites service, CancellationToken ct) =>
                Ecrit(m.Comite is null ? Ecriture.Champ("Comite", "Indiquez l'instance modifiée.") : await service.ModifierAsync(id, m.Version, m.Comite, ct)))
            .AccepteCle(PorteesApi.ComitesEcriture).WithSummary("Modifie une instance à sa version.");
        ecriture.MapPost("/{id:int}/membres", async Task<Results<Ok<ComiteEcrit>, NotFound, ProblemHttpResult>> (int id, SaisieMembre s, ServiceComites service, CancellationToken ct) =>
                Ecrit(await service.AjouterMembreAsync(id, s, ct)))
            .AccepteCle(PorteesApi.ComitesEcriture).WithSummary("Ajoute une institution membre (nom, type) ; l'identifiant rendu est celui du membre.");
        ecriture.MapPut("/{id:int}/membres/{membreId:int}", async Task<Results<Ok<ComiteEcrit>, NotFound, ProblemHttpResult>> (int id, int membreId, MembreActifApi m, ServiceComites service, CancellationToken ct) =>
                Ecrit(await service.ChangerMembreAsync(id, membreId, m.Actif, ct)))
            .AccepteCle(PorteesApi.ComitesEcriture).WithSummary("Retire une institution membre (ses présences passées restent) ou la fait siéger de nouveau.");
        ecriture.MapPost("/{id:int}/reunions", async Task<Results<Created<ComiteEcrit>, NotFound, ProblemHttpResult>> (int id, SaisieReunion s, ServiceReunions service, CancellationToken ct) =>
                Cree(await service.CreerAsync(id, s, ct), r => $"/api/v1/comites/reunions/{r}"))
            .AccepteCle(PorteesApi.ComitesEcriture).WithSummary("Enregistre une réunion de l'instance (date, lieu, ordre du jour).");
        ecriture.MapPut("/reunions/{id:int}", async Task<Results<Ok<ComiteEcrit>, NotFound, ProblemHttpResult>> (int id, ModificationReunionApi m, ServiceReunions service, CancellationToken ct) =>
                Ecrit(m.Reunion is null ? Ecriture.Champ("Reunion", "Indiquez la réunion modifiée.") : await service.ModifierAsync(id, m.Version, m.Reunion, ct)))
            .AccepteCle(PorteesApi.ComitesEcriture).WithSummary("Modifie la date, le lieu ou l'ordre du jour d'une réunion à sa version.");
        ecriture.MapPut("/reunions/{id:int}/presences", async Task<Results<Ok<ComiteEcrit>, NotFound, ProblemHttpResult>> (int id, PresencesApi m, ServiceReunions service, CancellationToken ct) =>
                Ecrit(await service.EnregistrerPresencesAsync(id, m.Version, m.Presences ?? [], ct)))
            .AccepteCle(PorteesApi.ComitesEcriture)
            .WithSummary("Remplace les présences d'une réunion tenue : une ligne par institution membre (Presente, Excusee, Absente ; représentants), tout ou rien.");
        ecriture.MapPut("/reunions/{id:int}/compte-rendu", async Task<Results<Ok<ComiteEcrit>, NotFound, ProblemHttpResult>> (int id, CompteRenduApi m, ServiceReunions service, CancellationToken ct) =>
                Ecrit(await service.EnregistrerCompteRenduAsync(id, m.Version, m.Texte, ct)))
            .AccepteCle(PorteesApi.ComitesEcriture).WithSummary("Enregistre le compte rendu (texte) d'une réunion tenue ; un texte vide l'efface.");
        ecriture.MapPost("/reunions/{id:int}/decisions", async Task<Results<Ok<ComiteEcrit>, NotFound, ProblemHttpResult>> (int id, SaisieDecision s, ServiceDecisions service, CancellationToken ct) =>
                Ecrit(await service.AjouterAsync(id, s, ct)))
            .AccepteCle(PorteesApi.ComitesEcriture).WithSummary("Enregistre une décision d'une réunion tenue (texte, porteur, échéance), « à faire ».");
        ecriture.MapPost("/decisions/{id:int}/statut", async Task<Results<Ok<ComiteEcrit>, NotFound, ProblemHttpResult>> (int id, StatutDecisionApi m, ServiceDecisions service, CancellationToken ct) =>
                Ecrit(await service.ChangerStatutAsync(id, m.Version, m.Statut, ct)))
            .AccepteCle(PorteesApi.ComitesEcriture).WithSummary("Fait avancer une décision : AFaire → EnCours → Faite, ou Abandonnee tant qu'elle est ouverte.");
    }

    private static Results<Created<ComiteEcrit>, NotFound, ProblemHttpResult> Cree(Ecriture e, Func<int, string> adresse) =>
        e.Interdit() ? Interdit(e) : e.EnCreation(adresse, (id, message) => new ComiteEcrit(id, message), RefusComite.Introuvable.Resultat);

    private static Results<Ok<ComiteEcrit>, NotFound, ProblemHttpResult> Ecrit(Ecriture e) =>
        e.Interdit() ? Interdit(e) : e.EnReponse(message => new ComiteEcrit(e.Id ?? 0, message), RefusComite.Introuvable.Resultat);

    private static ProblemHttpResult Interdit(Ecriture e) =>
        TypedResults.Problem(title: "Écriture refusée", detail: e.Resultat.Message, statusCode: StatusCodes.Status403Forbidden);
}
