using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.EquipesPluridisciplinaires.PagePersonne;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires;

/// <summary>The EP history on the person page and in their timeline, and the EP indicators (page and API).</summary>
public static class HistoriqueEpRegistration
{
    public static void AddHistoriqueEp(this IServiceCollection services)
    {
        services.AddScoped<HistoriqueEp>();
        services.AddSectionPersonne<SectionEp>();
        services.AddSourceChronologie<ChronologieEp>();
        services.AddSourceCourriers<CourriersEp>();
        services.AddScoped<Indicateurs.IndicateursEp>();
    }

    public static void MapHistoriqueEpApi(this RouteGroupBuilder api) => Indicateurs.IndicateursEpApi.Map(api);
}
