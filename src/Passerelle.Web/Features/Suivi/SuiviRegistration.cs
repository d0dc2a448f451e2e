using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Features.Suivi.Chronologie;
using Passerelle.Web.Features.Suivi.Equipe;
using Passerelle.Web.Features.Suivi.Journal;

namespace Passerelle.Web.Features.Suivi;

public static class SuiviRegistration
{
    public static IServiceCollection AddSuivi(this IServiceCollection services)
    {
        services.AddScoped<ProfilSuivi>().AddScoped<DominantesEnVigueur>().AddScoped<LectureJournal>().AddScoped<ServiceJournal>()
            .AddScoped<LectureEquipe>().AddScoped<ServiceEquipe>().AddScoped<ServiceConsentement>().AddScoped<ChronologiePersonne>();
        services.AddAccesPersonnes<AccesEquipe>();
        services.AddSectionPersonne<PagePersonne.SectionSuivi>();
        services.AddSourceChronologie<ChronologieSuivi>();
        return services;
    }
}
