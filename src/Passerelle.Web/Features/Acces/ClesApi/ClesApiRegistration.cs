using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Acces.ClesApi;

public static class ClesApiRegistration
{
    public static IServiceCollection AddClesApi(this IServiceCollection services, AuthenticationBuilder authentification)
    {
        authentification.AddScheme<AuthenticationSchemeOptions, AuthentificationCleApi>(AuthentificationCleApi.Schema, null);
        services.AddOptions<OptionsClesApi>().BindConfiguration("ClesApi")
            .Validate(o => o.DureeMaximaleJours > 0 && o.ConservationAppelsJours > 0, "ClesApi : durées en jours strictement positives.")
            .ValidateOnStart();
        services.AddSingleton<IAuthorizationHandler, ControlePortee>();
        services.AddHostedService<PurgeAppelsCles>();
        return services;
    }
}
