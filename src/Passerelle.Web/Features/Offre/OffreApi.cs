using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Offre;

public sealed record SessionApi(DateOnly Debut, DateOnly? Fin);

public sealed record PlacesApi(DateOnly Debut, DateOnly Fin, int Places);

public sealed record ActionApi(int Id, string Nom, string Description, StatutAction Statut, string Structure, int StructureId, string FicheAction, int FicheActionId,
    string Type, IReadOnlyList<string> Thematiques, IReadOnlyList<string> Publics, string? ConditionsAcces, decimal? HeuresHebdomadaires, int? NombreSemaines,
    string? Adresse, string CodeInsee, IReadOnlyList<int> Territoires, string? CommentPrescrire, IReadOnlyList<SessionApi> Sessions, IReadOnlyList<PlacesApi> Places,
    int? PlacesFinanceesAujourdhui, int? PlacesLibresAujourdhui);

/// <summary>The published offer for partners' tools, searched as référents search it, and one action.</summary>
public static class OffreApi
{
    public static void MapOffreApi(this RouteGroupBuilder api)
    {
        api.MapGet("/offre", async (string? frein, string? thematique, string? public_, string? type, string? commune, bool? places, RechercheOffre recherche, CancellationToken ct) =>
                Results.Ok(await recherche.ChercherAsync(new CritereOffre(frein, thematique, public_, type, commune, places ?? false), ct)))
            .RequireAuthorization(Politiques.Offre).AccepteCle(PorteesApi.OffreLecture).WithTags("Offre")
            .WithSummary("Les actions publiées (100 au plus) : ?frein=mobilite, ?thematique=mobilite--preparer-un-permis, ?public_=jeunes, ?type=atelier, " +
                "?commune=<code INSEE> (actions ouvertes à son territoire, les plus proches d'abord), ?places=true (places libres en ce moment).");

        api.MapGet("/offre/actions/{id:int}", async (int id, ConsultationOffre consultation, IOccupationActions occupation, Platform.HeureLegale heure, CancellationToken ct) =>
            {
                if (await consultation.ActionAsync(id, ct) is not { } trouvee) return Results.NotFound();
                var (a, structure, fiche, _) = trouvee;
                var jour = heure.Aujourdhui;
                var places = a.Places.Where(p => p.Debut <= jour && p.Fin >= jour).Sum(p => (int?)p.Places);
                var libres = places is int n ? Math.Max(0, n - (await occupation.OccupeesAsync([id], jour, ct)).GetValueOrDefault(id)) : (int?)null;
                return Results.Ok(new ActionApi(a.Id, a.Nom, a.Description, a.Statut, structure, a.StructureId, fiche, a.FicheActionId, a.Type, a.Thematiques, a.Publics,
                    a.ConditionsAcces, a.HeuresHebdomadaires, a.NombreSemaines, a.Adresse, a.CodeInsee, a.Territoires, a.MobilisationPrecisions,
                    [.. a.Sessions.OrderBy(s => s.Debut).Select(s => new SessionApi(s.Debut, s.Fin))],
                    [.. a.Places.OrderBy(p => p.Debut).Select(p => new PlacesApi(p.Debut, p.Fin, p.Places))], places, libres));
            })
            .RequireAuthorization(Politiques.Offre).AccepteCle(PorteesApi.OffreLecture).WithTags("Offre")
            .WithSummary("Une action : publiée pour tout lecteur de l'offre, à tout statut pour qui la gère ; places financées et libres aujourd'hui ; 404 sinon.");

        // The published offer is public information: anyone (a search engine for services, another département, a citizen) reads it.
        var publique = api.MapGroup("/public/{departement}/data-inclusion").AllowAnonymous().WithTags("Offre publique (data·inclusion v1)");
        publique.MapGet("/structures", async (string departement, DepartementPublic d, ExportDataInclusion export, CancellationToken ct) =>
                await d.OuvrirAsync(departement, ct) ? Results.Json(await export.StructuresAsync(departement, ct), ExportDataInclusion.Json) : Results.NotFound())
            .WithSummary("Les structures qui mènent les actions publiées du département, au format data·inclusion v1 (structure.json) ; sans authentification.");
        publique.MapGet("/services", async (string departement, DepartementPublic d, ExportDataInclusion export, CancellationToken ct) =>
                await d.OuvrirAsync(departement, ct) ? Results.Json(await export.ServicesAsync(departement, ct), ExportDataInclusion.Json) : Results.NotFound())
            .WithSummary("Les actions publiées du département, au format data·inclusion v1 (service.json) ; sans authentification.");
    }
}
