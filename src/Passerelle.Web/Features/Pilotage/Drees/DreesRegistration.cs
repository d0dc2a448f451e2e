namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>The DREES OARSA survey tables and the stratégie pauvreté figures (issue 17 item 5): calculation, pages, exports and API.</summary>
public static class DreesRegistration
{
    public static IServiceCollection AddDrees(this IServiceCollection services) =>
        services.AddScoped<AccesPilotage>().AddScoped<LectureDrees>().AddScoped<StrategiePauvrete>();
}
