using Passerelle.Web.Features.Accueil;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Sorties;

public static class SortiesRegistration
{
    public static IServiceCollection AddSorties(this IServiceCollection services)
    {
        services.AddScoped<ServiceSorties>();
        services.AddScoped<PropositionSortieEmploi>();
        services.AddSuiteCloture<PropositionsSortie>();
        services.AddAccesPersonnes<AccesSorties>();
        services.AddSectionPersonne<PagePersonne.SectionSortie>();
        services.AddSourceChronologie<ChronologieSorties>();
        services.AddEcheancesCapacite<EcheancesSuivis>();
        return services;
    }
}
