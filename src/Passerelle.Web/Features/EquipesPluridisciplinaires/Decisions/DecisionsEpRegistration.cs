using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;

public static class DecisionsEpRegistration
{
    /// <summary>Decisions, notification, observations, appeals and the CAF list of sanctions.</summary>
    public static IServiceCollection AddDecisionsEp(this IServiceCollection services)
    {
        services.AddScoped<AccesDossiersEp>();
        services.AddScoped<ConsultationDossierEp>();
        services.AddScoped<ServiceDecisionsEp>();
        services.AddScoped<CourrierDecisionEp>();
        services.AddScoped<NotificationDecisionEp>();
        services.AddScoped<ServiceObservationsEp>();
        services.AddScoped<ServiceRecoursEp>();
        services.AddScoped<ExportSanctionsCaf>();
        // The CAF receives one list for the département: a territory's agent would send a partial one.
        services.AddAuthorizationBuilder().AddPolicy(ExportSanctionsCaf.Politique, p => p.RequireAssertion(c =>
            CurrentUser.LireHabilitations(c.User).Any(h => h.Role == Role.AgentDepartemental && h.TerritoireId is null)));
        return services;
    }
}
