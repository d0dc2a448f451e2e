using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Seances;

public sealed record MembreApi(int Id, string Prenom, string Nom, FonctionMembre Fonction, string Organisation, bool Actif);

public sealed record EquipeApi(int Id, string Nom, int? TerritoireId, int Quorum, int MinimumDepartement, int MinimumFranceTravail,
    int MinimumProfessionnelsInsertion, int MinimumRepresentantsBeneficiaires, bool Active, IReadOnlyList<MembreApi> Membres);

public sealed record SeanceApi(int Id, int Version, int EquipeId, string Equipe, DateTime Debut, string Lieu, StatutSeance Statut, DateTime? ConvoqueeLe,
    bool? QuorumAtteint, string? MotifSansQuorum, string? MotifAnnulation, int? ReporteeVersId, IReadOnlyList<LignePresence> Presences,
    IReadOnlyList<LigneOrdreDuJour>? OrdreDuJour, IReadOnlyList<DossierPourMembre>? DossiersPourMembre, IReadOnlyList<ActeSeance> Actes);

/// <summary>A new session: its day and time in the département's legal time.</summary>
public sealed record SaisieSeanceApi(int EquipeId, DateOnly Jour, TimeOnly Heure, string? Lieu);

[JsonConverter(typeof(JsonStringEnumConverter<ActeOrdreDuJour>))]
public enum ActeOrdreDuJour { Inscrire, Desinscrire, Ordonner }

public sealed record OrdreDuJourApi(int Version, IReadOnlyList<int> DossierIds, ActeOrdreDuJour Acte = ActeOrdreDuJour.Inscrire);

public sealed record ActeSeanceApi(int Version, ActeSeance Acte, string? Motif = null, int? VersSeanceId = null,
    IReadOnlyList<int>? MembresPresents = null, IReadOnlyList<int>? BeneficiairesPresents = null);

public sealed record AvisApi(int Version, TypeDecisionEp? Avis, string? Motif);

public sealed record SeanceCreee(int Id, string Message);

/// <summary>EP sessions for partners' tools, within the same reach as the pages: a member reads only the projection of <see cref="DossierPourMembre"/>.</summary>
public static class SeancesApi
{
    public static void MapSeancesEpApi(this RouteGroupBuilder ep)
    {
        var groupe = ep.MapGroup("").RequireAuthorization(Politiques.EquipesPluridisciplinaires)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        groupe.MapGet("/equipes", async Task<Ok<List<EquipeApi>>> (PerimetreEp perimetre, AppDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await perimetre.Equipes(db.Set<EquipePluridisciplinaire>()).OrderBy(e => e.Nom).Select(e => new EquipeApi(e.Id, e.Nom, e.TerritoireId, e.Quorum,
                    e.MinimumDepartement, e.MinimumFranceTravail, e.MinimumProfessionnelsInsertion, e.MinimumRepresentantsBeneficiaires, e.Active,
                    e.Membres.OrderBy(m => m.Nom).Select(m => new MembreApi(m.Id, m.Prenom, m.Nom, m.Fonction, m.Organisation, m.Actif)).ToList())).ToListAsync(ct)))
            .WithSummary("Les équipes pluridisciplinaires de votre périmètre, leur quorum, leur composition requise et leurs membres.")
            .AccepteCle(PorteesApi.EpLecture);
        groupe.MapGet("/seances", async Task<Ok<IReadOnlyList<LigneSeance>>> (int? equipeId, StatutSeance? statut, ConsultationSeances consultation, CancellationToken ct) =>
                TypedResults.Ok(await consultation.ListerAsync(equipeId, statut, ct)))
            .WithSummary("Les séances atteintes (celles de vos équipes pour un agent, celles où vous êtes convoqué pour un membre), à venir d'abord ; filtres equipeId et statut.")
            .AccepteCle(PorteesApi.EpLecture);
        groupe.MapGet("/seances/{id:int}", async Task<Results<Ok<SeanceApi>, NotFound>> (int id, ConsultationSeances consultation, CancellationToken ct) =>
                await consultation.FicheAsync(id, ct) is { } f ? TypedResults.Ok(new SeanceApi(f.Seance.Id, f.Seance.Version, f.Seance.EquipePluridisciplinaireId, f.Equipe,
                    f.Seance.Debut, f.Seance.Lieu, f.Seance.Statut, f.Seance.ConvoqueeLe, f.Seance.QuorumAtteint, f.Seance.MotifSansQuorum, f.Seance.MotifAnnulation,
                    f.Seance.ReporteeVersId, f.Presences, f.OrdreDuJour, f.DossiersPourMembre, f.Actes)) : TypedResults.NotFound())
            .WithSummary("Une séance et son ordre du jour ; un membre n'en lit que ce que la thématique exige (jamais le NIR ni les coordonnées). 404 hors de votre périmètre.")
            .AccepteCle(PorteesApi.EpLecture);
        groupe.MapPost("/seances", async Task<Results<Created<SeanceCreee>, ProblemHttpResult>> (SaisieSeanceApi s, ServiceSeances service, HeureLegale heure, CancellationToken ct) =>
            {
                var (resultat, id) = await service.CreerAsync(s.EquipeId, heure.VersUtc(s.Jour, s.Heure), s.Lieu, ct);
                return id is int cree ? TypedResults.Created($"/api/v1/ep/seances/{cree}", new SeanceCreee(cree, resultat.Message))
                    : TypedResults.Problem(title: "Séance refusée", detail: resultat.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
            })
            .RequireAuthorization(Politiques.GestionEquipesPluridisciplinaires)
            .WithSummary("Crée une séance d'une équipe de votre périmètre (jour et heure en heure légale du département).")
            .AccepteCle(PorteesApi.EpEcriture);
        groupe.MapPost("/seances/{id:int}/ordre-du-jour", async Task<Results<Ok<ReponseAction>, ProblemHttpResult, NotFound>> (int id, OrdreDuJourApi s,
                ServiceSeances service, ConsultationSeances consultation, CancellationToken ct) =>
                await SiVisibleAsync(await consultation.Visibles().AnyAsync(x => x.Id == id, ct), () => s.Acte switch
                {
                    ActeOrdreDuJour.Desinscrire => service.DesinscrireAsync(id, s.Version, s.DossierIds, ct),
                    ActeOrdreDuJour.Ordonner => service.OrdonnerAsync(id, s.Version, s.DossierIds, ct),
                    _ => service.InscrireAsync(id, s.Version, s.DossierIds, ct),
                }))
            .RequireAuthorization(Politiques.GestionEquipesPluridisciplinaires)
            .WithSummary("Inscrit des dossiers « à inscrire » à l'ordre du jour (Inscrire), les en retire (Desinscrire) ou fixe l'ordre de passage (Ordonner), tant qu'il n'est pas arrêté.")
            .AccepteCle(PorteesApi.EpEcriture);
        groupe.MapPost("/seances/{id:int}/actes", async Task<Results<Ok<ReponseAction>, ProblemHttpResult, NotFound>> (int id, ActeSeanceApi s,
                ServiceSeances service, ConsultationSeances consultation, CancellationToken ct) =>
                await SiVisibleAsync(await consultation.Visibles().AnyAsync(x => x.Id == id, ct),
                    () => service.AgirAsync(id, s.Version, s.Acte, s.Motif, s.VersSeanceId, s.MembresPresents ?? [], s.BeneficiairesPresents ?? [], ct)))
            .RequireAuthorization(Politiques.GestionEquipesPluridisciplinaires)
            .WithSummary("Fait avancer la séance : ArreterOrdreDuJour, Convoquer, Tenir (membresPresents, beneficiairesPresents), TerminerAvis, TerminerDecisions, Clore, "
                + "Annuler ou Reporter (motif, versSeanceId facultatif). 422 si l'acte n'est pas permis à ce stade.")
            .AccepteCle(PorteesApi.EpEcriture);
        groupe.MapPost("/dossiers/{id:int}/avis", async Task<Results<Ok<ReponseAction>, ProblemHttpResult, NotFound>> (int id, AvisApi s,
                ServiceSeances service, PerimetreEp perimetre, AppDbContext db, CancellationToken ct) =>
                await SiVisibleAsync(await perimetre.Dossiers(db.Set<DossierEp>()).AnyAsync(d => d.Id == id, ct), () => service.RendreAvisAsync(id, s.Version, s.Avis, s.Motif, ct)))
            .RequireAuthorization(Politiques.GestionEquipesPluridisciplinaires)
            .WithSummary("Enregistre l'avis de l'équipe sur un dossier d'une séance tenue avec quorum, parmi les décisions possibles pour sa thématique.")
            .AccepteCle(PorteesApi.EpEcriture);
    }

    /// <summary>Out of reach answers 404, as a read would; within reach, the act's outcome (422 with the French reason when refused).</summary>
    private static async Task<Results<Ok<ReponseAction>, ProblemHttpResult, NotFound>> SiVisibleAsync(bool visible, Func<Task<ResultatAction>> acte)
    {
        if (!visible) return TypedResults.NotFound();
        var resultat = await acte();
        return resultat.Reussi ? TypedResults.Ok(new ReponseAction(resultat.Message))
            : TypedResults.Problem(title: "Action refusée", detail: resultat.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
    }
}
