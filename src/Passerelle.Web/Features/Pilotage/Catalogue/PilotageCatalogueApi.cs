using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

public sealed record DefinitionIndicateur(string Code, string Libelle, string Definition, UniteIndicateur Unite, string Source, IReadOnlyList<Ventilation> Ventilations,
    bool ParFiche, bool Territorial);

public sealed record CibleIndicateur(string Indicateur, string Fiche, decimal Cible);

public sealed record ValeursIndicateur(DefinitionIndicateur Indicateur, Periode Periode, ValeurCalculee Valeur, Periode PeriodePrecedente, ValeurCalculee Precedente,
    IReadOnlyList<CibleIndicateur> Cibles);

public sealed record SaisieApi(int IndicateurId, SaisieValeur? Saisie);

public sealed record SaisieEcrite(int Id, string Message);

/// <summary>The catalogue, its values by period and breakdown, the programmes' coverage and the manual entries, for BI tools and dashboards.</summary>
public static class PilotageCatalogueApi
{
    public static DefinitionIndicateur Definition(IndicateurCatalogue i) => new(i.Code, i.Libelle, i.Definition, i.Unite, i.Source, i.Ventilations, i.ParFiche, i.Territorial);

    public static void MapPilotageCatalogueApi(this RouteGroupBuilder api)
    {
        var lecture = api.MapGroup("/pilotage").WithTags("Pilotage").RequireAuthorization(Politiques.Pilotage)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        lecture.MapGet("/catalogue", () => TypedResults.Ok(CatalogueIndicateurs.Tous.Select(Definition).ToList()))
            .AccepteCle(PorteesApi.PilotageLecture).WithSummary("Le catalogue des indicateurs calculés : code, libellé, définition exacte, unité, ventilations possibles, source.");
        lecture.MapGet("/indicateurs/{code}", async Task<Results<Ok<ValeursIndicateur>, NotFound, ProblemHttpResult>> (string code, DateOnly? du, DateOnly? au,
                Ventilation? ventilation, int? territoire, int? fiche, CurrentUser user, HeureLegale heure, CalculIndicateurs calcul, ConsultationPilotage consultation,
                CancellationToken ct) =>
            {
                if (CatalogueIndicateurs.Trouver(code) is not { } indicateur) return TypedResults.NotFound();
                var (periode, erreurs) = PeriodeIndicateur.Resoudre(du, au, heure.Aujourdhui);
                if (periode is null) return Ecriture.Champs(erreurs).EnRefus();
                if (PerimetreIndicateurs.De(user).Resoudre(territoire) is not { } portee)
                    return TypedResults.Problem(title: "Accès refusé", detail: "Ce territoire n'est pas dans votre périmètre.", statusCode: StatusCodes.Status403Forbidden);
                var precedente = PeriodeIndicateur.Precedente(periode);
                var valeur = await calcul.CalculerAsync(indicateur, new(periode, portee, fiche, ventilation), ct);
                var avant = await calcul.CalculerAsync(indicateur, new(precedente, portee, fiche), ct);
                var cibles = await consultation.CiblesAsync(code, periode.Au.Year, ct);
                return TypedResults.Ok(new ValeursIndicateur(Definition(indicateur), periode, valeur, precedente, avant, cibles));
            })
            .AccepteCle(PorteesApi.PilotageLecture)
            .WithSummary("La valeur d'un indicateur du catalogue de ?du= à ?au= (10 ans au plus ; par défaut l'année en cours), celle de la période précédente, les cibles de l'année et, avec ?ventilation=, sa ventilation ; ?territoire= et ?fiche= la restreignent. Agrégats sous secret statistique pour les pilotes, lecteurs et clés.");
        lecture.MapGet("/couverture", async (ConsultationPilotage c, CancellationToken ct) => TypedResults.Ok(await c.CouvertureAsync(ct)))
            .AccepteCle(PorteesApi.PilotageLecture).WithSummary("Par programme, le nombre d'indicateurs calculés, saisis, à saisir (sans saisie), importés, manquants et sans correspondance.");
        lecture.MapGet("/saisies", async (int? indicateur, ConsultationPilotage c, CancellationToken ct) => TypedResults.Ok(await c.SaisiesAsync(indicateur, ct)))
            .AccepteCle(PorteesApi.PilotageLecture).WithSummary("Les valeurs saisies à la main (période, valeur ou texte, commentaire, qui et quand), d'un indicateur de fiche avec ?indicateur=.");

        var ecriture = api.MapGroup("/pilotage").WithTags("Pilotage").RequireAuthorization(Politiques.GestionPilotage)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        ecriture.MapPost("/saisies", async Task<Results<Created<SaisieEcrite>, NotFound, ProblemHttpResult>> (SaisieApi s, ServiceSaisiesIndicateur service, CancellationToken ct) =>
                (s.Saisie is null ? Ecriture.Champ("Saisie", "Indiquez la période et la valeur.") : await service.EnregistrerAsync(s.IndicateurId, s.Saisie, null, ct))
                    .EnCreation(id => $"/api/v1/pilotage/saisies?indicateur={s.IndicateurId}", (id, message) => new SaisieEcrite(id, message), ServiceSaisiesIndicateur.Introuvable))
            .AccepteCle(PorteesApi.PilotageEcriture)
            .WithSummary("Saisit (ou corrige, pour la même période) la valeur d'un indicateur suivi à la main : période Annee, Trimestre, Mois ou Libre (du, au), valeur dans son unité ou texte s'il est qualitatif, commentaire.");
    }
}
