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

    public static IServiceCollection AddEcheancesCapacite<T>(this IServiceCollection services) where T : class, IEcheancesCapacite =>
        services.AddScoped<IEcheancesCapacite, T>();
}
