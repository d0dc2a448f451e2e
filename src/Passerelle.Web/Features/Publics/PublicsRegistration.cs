using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Publics;

public static class PublicsRegistration
{
    /// <summary>Opening a parcours beyond the RSA is the département's decision: its agents (and partners' keys, which act as one).</summary>
    public const string PolitiqueOuverture = "ouverture-parcours";

    public static IServiceCollection AddPublics(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(PolitiqueOuverture, p => p.RequireRole(nameof(Role.AgentDepartemental)));
        return services
            .AddScoped<PublicsDuDepartement>()
            .AddScoped<OuvertureParcours>()
            .AddAccesPersonnes<AccesPublicsHorsRsa>()
            .AddSectionPersonne<PagePersonne.SectionOuverture>()
            .AddContributionResume<PagePersonne.ResumePublic>();
    }
}
