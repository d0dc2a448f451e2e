using Microsoft.AspNetCore.Mvc;

namespace Passerelle.Web.Platform.Profil;

/// <summary>The request profile (<see cref="ProfilRequete"/>), only when <c>Diagnostic:ServerTiming</c> is true.</summary>
public static class ProfilRegistration
{
    public static bool EstActive(IConfiguration configuration) => configuration.GetValue<bool>("Diagnostic:ServerTiming");

    public static IServiceCollection AddProfil(this IServiceCollection services, IConfiguration configuration)
    {
        if (!EstActive(configuration)) return services;
        services.AddSingleton<ProfilSql>();
        services.Configure<MvcOptions>(o => o.Filters.Add(new ProfilPage()));
        return services;
    }

    public static WebApplication UseProfil(this WebApplication app)
    {
        if (!EstActive(app.Configuration)) return app;
        app.Use(async (context, next) =>
        {
            var profil = new ProfilRequete();
            context.Features.Set(profil);
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["Server-Timing"] = profil.Entete();
                return Task.CompletedTask;
            });
            await next();
        });
        return app;
    }
}
