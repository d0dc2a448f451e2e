using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Features.Suivi.Chronologie;
using Passerelle.Web.Features.Suivi.Equipe;
using Passerelle.Web.Features.Suivi.Journal;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Suivi;

public sealed record SaisieStatutApi(int Version, StatutObjectif Statut);
public sealed record SaisieDominanteApi(string? Code);
public sealed record SaisieDecisionApi(int Version, bool Accepter);
public sealed record SaisieVersionApi(int Version);
public sealed record SaisieConsentementApi(DateOnly? DonneLe, ModeConsentement Mode);
public sealed record ChronologieApi(Page<EvenementParcours> Evenements, IReadOnlyList<string> Natures);

/// <summary>
/// The follow-up through /api/v1/personnes/{id}/… : timeline, journal, team and consent, for users
/// within their scope and for partner tools' keys (suivi.lecture, suivi.ecriture). A person outside
/// the scope answers 404; a refused action 422 with its reason.
/// </summary>
public static class SuiviApi
{
    public static IEndpointRouteBuilder MapSuiviApi(this IEndpointRouteBuilder api)
    {
        var personne = api.MapGroup("/personnes/{id:int}").RequireAuthorization(Politiques.Dossiers)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        personne.MapGet("/parcours", async Task<Results<Ok<ChronologieApi>, NotFound>> (int id, string? nature, DateOnly? du, DateOnly? au, int? page, int? taille,
                AppDbContext db, PerimetreDossiers perimetre, ChronologiePersonne chronologie, AuditJournal audit, CancellationToken ct) =>
            {
                if (await TrouverAsync(db, perimetre, id, ct) is not { } p) return TypedResults.NotFound();
                var lu = await chronologie.LireAsync(p, new FiltreChronologie(nature, du, au), page, taille, ct);
                await audit.EnregistrerMaintenantAsync(AuditActions.Consultation, nameof(Personne), id, "Parcours", ct: ct);
                return TypedResults.Ok(new ChronologieApi(lu.Evenements, lu.Natures));
            })
            .WithSummary("Le parcours partagé de la personne : droits, rendez-vous, orientation, référents, journal, équipe, documents… du plus récent au plus ancien, "
                + "filtré par nature, du et au (jours inclus), par page (taille de 1 à 100, 50 par défaut). Seul ce que l'appelant peut lire y figure.")
            .AccepteCle(PorteesApi.SuiviLecture);

        personne.MapGet("/journal", async Task<Results<Ok<JournalPersonne>, NotFound>> (int id, AppDbContext db, PerimetreDossiers perimetre, LectureJournal journal, CancellationToken ct) =>
                await TrouverAsync(db, perimetre, id, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(await journal.LireAsync(id, ct)))
            .WithSummary("Le journal de suivi : notes et contacts que l'appelant peut lire (les notes « référent seulement » ne le sont que de leur auteur et du référent), objectifs et actions, dominantes successives.")
            .AccepteCle(PorteesApi.SuiviLecture);

        personne.MapGet("/equipe", async Task<Results<Ok<EquipePersonne>, NotFound>> (int id, AppDbContext db, PerimetreDossiers perimetre, LectureEquipe equipe, CancellationToken ct) =>
                await TrouverAsync(db, perimetre, id, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(await equipe.LireAsync(id, ct)))
            .WithSummary("L'équipe de suivi (professionnels invités, leur statut et leur date de fin) et les consentements au partage, le plus récent d'abord.")
            .AccepteCle(PorteesApi.SuiviLecture);

        Ecriture(personne.MapPost("/journal", async (int id, SaisieEcrit saisie, ServiceJournal journal, CancellationToken ct) => (await journal.EcrireAsync(id, saisie, ct)).EnReponse()),
            "Écrit une note (datée de l'écriture) ou consigne un contact (telephone, visite, courriel : date requise, pas dans le futur), avec sa confidentialité (equipe, referentSeulement).");
        Ecriture(personne.MapPost("/objectifs", async (int id, SaisieObjectif saisie, ServiceJournal journal, CancellationToken ct) => (await journal.AjouterObjectifAsync(id, saisie, ct)).EnReponse()),
            "Ajoute un objectif, ou une action au service d'un objectif (objectifParentId).");
        Ecriture(personne.MapPost("/objectifs/{objectifId:int}/statut", async (int id, int objectifId, SaisieStatutApi saisie, ServiceJournal journal, CancellationToken ct) =>
                (await journal.ChangerStatutAsync(id, objectifId, saisie.Version, saisie.Statut, ct)).EnReponse()),
            "Change le statut d'un objectif ou d'une action : prevu → enCours, enPause, realise, abandonne, annule ; enCours ↔ enPause ; un statut final ne change plus.");
        Ecriture(personne.MapPost("/dominante", async (int id, SaisieDominanteApi saisie, ServiceJournal journal, CancellationToken ct) => (await journal.ChoisirDominanteAsync(id, saisie.Code, ct)).EnReponse()),
            "Change la dominante de l'accompagnement (code de la liste du département) à compter d'aujourd'hui.");
        Ecriture(personne.MapPost("/equipe", async (int id, SaisieMembre saisie, ServiceEquipe equipe, CancellationToken ct) => (await equipe.InviterAsync(id, saisie, ct)).EnReponse()),
            "Invite un professionnel (référent ou responsable de structure du département, par son adresse) jusqu'à une date de fin ; accepté d'emblée si l'appelant est le référent ou un agent, sinon demandé.");
        Ecriture(personne.MapPost("/equipe/{membreId:int}/decision", async (int id, int membreId, SaisieDecisionApi saisie, ServiceEquipe equipe, CancellationToken ct) =>
                (await equipe.DeciderAsync(id, membreId, saisie.Version, saisie.Accepter, ct)).EnReponse()),
            "Accepte ou refuse une demande d'entrée dans l'équipe (référent ou agent).");
        Ecriture(personne.MapPost("/equipe/{membreId:int}/retrait", async (int id, int membreId, SaisieVersionApi saisie, ServiceEquipe equipe, CancellationToken ct) =>
                (await equipe.RetirerAsync(id, membreId, saisie.Version, ct)).EnReponse()),
            "Retire un professionnel de l'équipe avant sa date de fin (référent ou agent).");
        Ecriture(personne.MapPost("/consentement", async (int id, SaisieConsentementApi saisie, ServiceConsentement consentement, CancellationToken ct) =>
                (await consentement.RecueillirAsync(id, saisie.DonneLe, saisie.Mode, ct)).EnReponse()),
            "Enregistre le consentement de la personne au partage de son suivi (date, mode : ecrit, oral, courriel).");
        Ecriture(personne.MapPost("/consentement/retrait", async (int id, ServiceConsentement consentement, CancellationToken ct) => (await consentement.RetirerAsync(id, ct)).EnReponse()),
            "Enregistre le retrait du consentement : les professionnels extérieurs à la structure du référent perdent l'accès aussitôt.");
        return api;
    }

    private static void Ecriture(RouteHandlerBuilder endpoint, string resume) => endpoint
        .AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var id = context.GetArgument<int>(0);
            var db = http.RequestServices.GetRequiredService<AppDbContext>();
            return await TrouverAsync(db, http.RequestServices.GetRequiredService<PerimetreDossiers>(), id, http.RequestAborted) is null
                ? TypedResults.NotFound() : await next(context);
        })
        .WithSummary(resume)
        .AccepteCle(PorteesApi.SuiviEcriture)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesValidationProblem();

    internal static Task<Personne?> TrouverAsync(AppDbContext db, PerimetreDossiers perimetre, int id, CancellationToken ct) =>
        perimetre.Filtrer(db.Personnes.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, ct);
}
