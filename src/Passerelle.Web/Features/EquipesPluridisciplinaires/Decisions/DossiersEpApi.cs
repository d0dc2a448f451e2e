using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Export;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;

public sealed record DossierEpApi(int Id, int Version, int PersonneId, int ThematiqueId, NatureThematique Nature, string Motif, StatutDossierEp Statut, int? SeanceId,
    DateOnly? DateInformation, TypeDecisionEp? Avis, string? MotifAvis, TypeDecisionEp? Decision,
    [property: JsonConverter(typeof(JsonStringEnumConverter<TypeOrientation>))] TypeOrientation? OrientationDecidee, decimal? Montant, int? Pourcentage,
    int? DureeMois, DateOnly? DateEffet, string? Motivation, DateOnly? DecideLe, string? Decideur, string? DecideurQualite, DateOnly? DateNotification,
    DateOnly? RepriseObligationsLe, int? MoisRestitues, DateOnly? AnnuleeSurRecoursLe, DateTime? ExporteeCafLe);

public sealed record ObservationEpApi(int Id, DateOnly RecueLe, FormeObservation Forme, string Texte, int? DocumentId);

public sealed record RecoursEpApi(int Id, TypeRecours Type, DateOnly DeposeLe, IssueRecours Issue, DateOnly? IssueLe, string? Commentaire);

public sealed record DetailDossierEpApi(DossierEpApi Dossier, int RangPassage, IReadOnlyList<ObservationEpApi> Observations, IReadOnlyList<RecoursEpApi> Recours);

public sealed record DecisionEpApi(int Version, TypeDecisionEp? Type, decimal? Montant, int? Pourcentage, int? DureeMois, DateOnly? DateEffet, string? Motivation,
    [property: JsonConverter(typeof(JsonStringEnumConverter<TypeOrientation>))] TypeOrientation? Orientation);

public sealed record ObservationSaisieApi(DateOnly? RecueLe, FormeObservation? Forme, string? Texte);

public sealed record RecoursSaisiApi(int Version, TypeRecours? Type, DateOnly? DeposeLe);

public sealed record IssueRecoursApi(IssueRecours? Issue, DateOnly? Date, string? Commentaire);

public sealed record RepriseApi(int Version, DateOnly? Date);

/// <summary>
/// Dossiers d'EP, their decisions, notification, observations, appeals and the CAF list, for partners' tools, within the
/// reach of the pages (<see cref="PerimetreEp"/>): 404 outside it, refusals 422 with the French reason.
/// </summary>
public static class DossiersEpApi
{
    public static void MapDecisionsEpApi(this RouteGroupBuilder ep)
    {
        var dossiers = ep.MapGroup("/dossiers").RequireAuthorization(Politiques.GestionEquipesPluridisciplinaires)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        dossiers.MapGet("/", async Task<Ok<Page<DossierEpApi>>> (StatutDossierEp? statut, NatureThematique? nature, int? seance, int? page, int? taille,
                AccesDossiersEp acces, CancellationToken ct) =>
                TypedResults.Ok(await Projeter(acces.Atteints().Where(d => (statut == null || d.Statut == statut) && (nature == null || d.Nature == nature)
                    && (seance == null || d.SeanceEpId == seance)).OrderByDescending(d => d.Id)).PaginerAsync(page, taille, ct)))
            .WithSummary("Les dossiers d'équipe pluridisciplinaire de votre périmètre, les plus récents d'abord ; filtres statut, nature et seance.")
            .AccepteCle(PorteesApi.EpLecture);
        dossiers.MapGet("/{id:int}", async Task<Results<Ok<DetailDossierEpApi>, NotFound>> (int id, AccesDossiersEp acces, CancellationToken ct) =>
            {
                var dossier = await Projeter(acces.Atteints().Where(d => d.Id == id)).FirstOrDefaultAsync(ct);
                if (dossier is null) return TypedResults.NotFound();
                var detail = await acces.Atteints().AsNoTracking().Where(d => d.Id == id).Select(d => new
                {
                    Observations = d.Observations.OrderBy(o => o.RecueLe).Select(o => new ObservationEpApi(o.Id, o.RecueLe, o.Forme, o.Texte, o.DocumentPersonneId)).ToList(),
                    Recours = d.Recours.OrderBy(r => r.DeposeLe).Select(r => new RecoursEpApi(r.Id, r.Type, r.DeposeLe, r.Issue, r.IssueLe, r.Commentaire)).ToList(),
                }).FirstAsync(ct);
                return TypedResults.Ok(new DetailDossierEpApi(dossier, await acces.RangPassageAsync(dossier.PersonneId, id, ct), detail.Observations, detail.Recours));
            })
            .WithSummary("Un dossier, ses observations, ses recours et son rang de passage (sanctions antérieures maintenues) ; 404 hors de votre périmètre.")
            .AccepteCle(PorteesApi.EpLecture);
        dossiers.MapPost("/{id:int}/decision", (int id, DecisionEpApi s, AccesDossiersEp acces, ServiceDecisionsEp service, CancellationToken ct) =>
                AgirAsync(Existe(acces, id, ct), () => service.DeciderAsync(id, s.Version, new SaisieDecision(s.Type, s.Montant, s.Pourcentage, s.DureeMois, s.DateEffet, s.Motivation, s.Orientation), ct)))
            .WithSummary("Décide le dossier après l'avis de l'équipe (délégation du président exigée : une clé d'API n'en a pas, la décision est celle d'un agent ; "
                + "séance tenue avec quorum, barème du département, délai d'observations "
                + "pour une sanction). Types : Reorientation (orientation exigée), Maintien, Reduction, SuspensionPartielle, SuspensionTotale, SuspensionRemobilisation, Sursis, Classement.")
            .AccepteCle(PorteesApi.EpEcriture);
        dossiers.MapPost("/{id:int}/notification", (int id, AccesDossiersEp acces, NotificationDecisionEp service, CancellationToken ct) =>
                AgirAsync(Existe(acces, id, ct), () => service.NotifierAsync(id, ct)))
            .WithSummary("Notifie la décision : prépare le courrier (avec la base légale et les voies de recours) et date la notification.")
            .AccepteCle(PorteesApi.EpEcriture);
        dossiers.MapGet("/{id:int}/notification.pdf", async Task<Results<FileContentHttpResult, NotFound>> (int id, NotificationDecisionEp service, CancellationToken ct) =>
                await service.DocumentAsync(id, ct) is { } f ? TypedResults.File(f.Contenu, "application/pdf", f.Nom) : TypedResults.NotFound())
            .WithSummary("Le courrier de notification en PDF ; 404 si la décision n'est pas notifiée ou hors de votre périmètre. Chaque téléchargement est journalisé.")
            .AccepteCle(PorteesApi.EpLecture);
        dossiers.MapPost("/{id:int}/observations", (int id, ObservationSaisieApi s, AccesDossiersEp acces, ServiceObservationsEp service, CancellationToken ct) =>
                AgirAsync(Existe(acces, id, ct), () => service.EnregistrerAsync(id, new SaisieObservation(s.RecueLe, s.Forme, s.Texte), null, ct)))
            .WithSummary("Enregistre une observation de la personne avant la décision (forme : Courrier, Courriel, Orale) ; les pièces jointes se déposent par la page du dossier.")
            .AccepteCle(PorteesApi.EpEcriture);
        dossiers.MapPost("/{id:int}/recours", (int id, RecoursSaisiApi s, AccesDossiersEp acces, ServiceRecoursEp service, CancellationToken ct) =>
                AgirAsync(Existe(acces, id, ct), () => service.EnregistrerRecoursAsync(id, s.Version, s.Type, s.DeposeLe, ct)))
            .WithSummary("Enregistre un recours (Gracieux : recours administratif préalable ; Contentieux : tribunal administratif) contre une décision notifiée.")
            .AccepteCle(PorteesApi.EpEcriture);
        dossiers.MapPost("/{id:int}/reprise", (int id, RepriseApi s, AccesDossiersEp acces, ServiceDecisionsEp service, CancellationToken ct) =>
                AgirAsync(Existe(acces, id, ct), () => service.RepriseObligationsAsync(id, s.Version, s.Date, ct)))
            .WithSummary("Suspension-remobilisation : enregistre la reprise des obligations et les mois de suspension à restituer.")
            .AccepteCle(PorteesApi.EpEcriture);
        ep.MapPost("/recours/{id:int}/issue", (int id, IssueRecoursApi s, AccesDossiersEp acces, ServiceRecoursEp service, CancellationToken ct) =>
                AgirAsync(acces.Atteints().AnyAsync(d => d.Recours.Any(r => r.Id == id), ct), () => service.IssueRecoursAsync(id, s.Issue, s.Date, s.Commentaire, ct)))
            .RequireAuthorization(Politiques.GestionEquipesPluridisciplinaires)
            .WithSummary("Enregistre l'issue d'un recours (Rejete, DecisionAnnulee, DecisionReformee) ; une décision annulée ne compte plus, ni pour la CAF ni comme passage.")
            .AccepteCle(PorteesApi.EpEcriture);
        ep.MapGet("/sanctions-caf", Results<PushStreamHttpResult, ValidationProblem> (DateOnly? du, DateOnly? au, ExportSanctionsCaf export, CancellationToken ct) =>
                du is not { } debut || au is not { } fin || debut > fin
                    ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["du"] = ["Indiquez la période : du et au (AAAA-MM-JJ), du avant au."] })
                    : TypedResults.Stream(flux => export.EcrireAsync(debut, fin, flux, ct), EcritureTableur.TypeCsv, ExportSanctionsCaf.NomFichier(debut, fin)))
            .RequireAuthorization(ExportSanctionsCaf.Politique)
            .WithSummary("Les sanctions notifiées dans la période et non annulées, en CSV (docs/format-export-sanctions-caf.md), NIR compris : agents de tout le département. "
                + "Chaque téléchargement est journalisé.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .AccepteCle(PorteesApi.EpSanctionsCaf);
    }

    private static Task<bool> Existe(AccesDossiersEp acces, int id, CancellationToken ct) => acces.Atteints().AnyAsync(d => d.Id == id, ct);

    /// <summary>404 outside the user's reach (as the pages), else the service's answer: 200 with its message or 422 with its reason.</summary>
    private static async Task<Results<Ok<ReponseAction>, ProblemHttpResult, NotFound>> AgirAsync(Task<bool> existe, Func<Task<ResultatAction>> acte)
    {
        if (!await existe) return TypedResults.NotFound();
        var resultat = await acte();
        return resultat.Reussi ? TypedResults.Ok(new ReponseAction(resultat.Message))
            : TypedResults.Problem(title: "Action refusée", detail: resultat.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
    }

    private static IQueryable<DossierEpApi> Projeter(IQueryable<DossierEp> dossiers) => dossiers.AsNoTracking().Select(d => new DossierEpApi(d.Id, d.Version, d.PersonneId,
        d.ThematiqueEpId, d.Nature, d.Motif, d.Statut, d.SeanceEpId, d.DateInformation, d.Avis, d.MotifAvis, d.Decision, d.OrientationDecidee, d.Montant, d.Pourcentage,
        d.DureeMois, d.DateEffet, d.Motivation, d.DecideLe, d.DecideurNom, d.DecideurQualite, d.DateNotification, d.RepriseObligationsLe, d.MoisRestitues,
        d.AnnuleeSurRecoursLe, d.ExporteeCafLe));
}
