using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Offre;

/// <summary>The published offer for partners' tools, searched as référents search it.</summary>
public static class OffreApi
{
    public static void MapOffreApi(this RouteGroupBuilder api)
    {
        api.MapGet("/offre", async (string? frein, string? thematique, string? public_, string? type, string? commune, bool? places, RechercheOffre recherche, CancellationToken ct) =>
                Results.Ok(await recherche.ChercherAsync(new CritereOffre(frein, thematique, public_, type, commune, places ?? false), ct)))
            .RequireAuthorization(Politiques.Offre).AccepteCle(PorteesApi.OffreLecture).WithTags("Offre")
            .WithSummary("Les actions publiées (100 au plus) : ?frein=mobilite, ?thematique=mobilite--preparer-un-permis, ?public_=jeunes, ?type=atelier, " +
                "?commune=<code INSEE> (actions ouvertes à son territoire, les plus proches d'abord), ?places=true (places libres en ce moment).");

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
