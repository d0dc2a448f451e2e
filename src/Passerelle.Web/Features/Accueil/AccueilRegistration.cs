namespace Passerelle.Web.Features.Accueil;

public static class AccueilRegistration
{
    public static IServiceCollection AddAccueil(this IServiceCollection services)
    {
        services.AddScoped<EcheancesUtilisateur>();
        services.AddScoped<DigestEcheances>();
        services.AddSingleton<EnvoiDigests>();
        return services;
    }
}
