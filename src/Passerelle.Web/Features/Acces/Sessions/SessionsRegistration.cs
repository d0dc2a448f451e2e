namespace Passerelle.Web.Features.Acces.Sessions;

public static class SessionsRegistration
{
    /// <summary>Server-side sessions, sign-in slowdown, one-time TOTP codes and password reset by e-mail.</summary>
    public static IServiceCollection AddSessions(this IServiceCollection services)
    {
        services.AddSingleton<SessionsRevoquees>();
        services.AddScoped<ServiceSessions>();
        services.AddHostedService<SynchronisationSessions>();
        services.AddOptions<OptionsFreinage>().BindConfiguration("Connexion:Freinage");
        services.AddSingleton<FreinageConnexion>();
        services.AddSingleton<FileLiensReinitialisation>();
        services.AddHostedService<EnvoiLienReinitialisation>();
        return services;
    }
}
