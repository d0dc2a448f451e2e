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
                "?commune=<code INSEE> (actions ouvertes à son territoire, les plus proches d'abord), ?places=true (places financées en ce moment).");
    }
}
