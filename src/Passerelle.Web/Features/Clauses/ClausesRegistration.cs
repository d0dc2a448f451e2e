using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Clauses;

/// <summary>Social clauses in public contracts (issue 16): contracts, participants, monthly hours, their import, the dashboard, the API and the person page's section.</summary>
public static class ClausesRegistration
{
    public static IServiceCollection AddClauses(this IServiceCollection services) =>
        services.AddScoped<AccesClauses>().AddScoped<ChoixMarche>().AddScoped<ServiceMarches>().AddScoped<ServiceParticipants>()
            .AddScoped<RapprochementParcours>().AddScoped<EnregistrementHeures>().AddScoped<ConsultationMarches>().AddScoped<TableauClauses>()
            .AddScoped<ImportHeuresClause>().AddScoped<Programmes.IUsagesFiches, UsagesFichesClauses>().AddSectionPersonne<PagePersonne.SectionClauses>();
}
