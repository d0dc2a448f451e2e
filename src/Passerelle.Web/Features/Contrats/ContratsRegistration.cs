using Passerelle.Web.Features.Contrats.Editeur;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Contrats;

public static class ContratsRegistration
{
    public static IServiceCollection AddContrats(this IServiceCollection services)
    {
        services.AddScoped<ServiceContrats>();
        services.AddScoped<ReglesContratsEnVigueur>();
        services.AddScoped<ChargementEditeur>();
        services.AddScoped<PreRemplissageContrat>();
        services.AddScoped<Document.DocumentContrat>();
        services.AddSectionPersonne<PagePersonne.SectionContrats>();
        services.AddContributionResume<PagePersonne.ResumeContrat>();
        services.AddSourceChronologie<ChronologieContrats>();
        return services;
    }
}
