using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces.ClesApi;
using Passerelle.Web.Features.Acces.Sessions;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Acces;

public static class AccesRegistration
{
    public static IServiceCollection AddAcces(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());

        services.AddClesApi(services.AddAuthentication(IdentityConstants.ApplicationScheme));
        services.AddAuthentication().AddIdentityCookies();
        services.AddIdentityCore<Utilisateur>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Password.RequiredUniqueChars = 6;
                // No hard lock an attacker could set off on any account: FreinageConnexion slows failures down instead.
                o.Lockout.AllowedForNewUsers = false;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<PasserelleSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<Sessions.TotpUsageUnique>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<MotsDePasse.MotsDePasseCourants>()
            .AddErrorDescriber<IdentityErreursFrancaises>()
            .AddClaimsPrincipalFactory<ClaimsFactory>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "passerelle";
            o.Cookie.HttpOnly = true;
            // Browsers treat http://localhost as secure, so development keeps working without TLS.
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = true;
            o.LoginPath = "/connexion";
            o.LogoutPath = "/deconnexion";
            o.AccessDeniedPath = "/erreur/403";
            o.Events.OnValidatePrincipal = ValiderEmpreinteSiEchue;
            o.Events.OnRedirectToLogin = ctx => RepondreApi(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => RepondreApi(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<Microsoft.Extensions.Caching.Memory.IMemoryCache>((o, cache) => o.TicketDataFormat = new TicketsConnexion(
                o.TicketDataFormat ?? throw new InvalidOperationException("Le format du cookie de connexion n'est pas encore configuré."), cache));
        // Deactivation and role changes renew the security stamp: open sessions follow within a minute.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            // Revalidation rebuilds the principal without the sign-in's second-factor claim ("amr") and session id:
            // keep them, or administrators lose their pages a minute after signing in, and sign-out its session.
            o.OnRefreshingPrincipal = c =>
            {
                foreach (var type in new[] { Politiques.ClaimMethodeAuthentification, Sessions.ServiceSessions.Claim })
                    if (c.CurrentPrincipal?.FindFirst(type) is { } claim && c.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity nouvelle)
                        nouvelle.AddClaim(new System.Security.Claims.Claim(claim.Type, claim.Value));
                return Task.CompletedTask;
            };
        });

        services.AddSessions();
        services.AddAuthorization(Politiques.Configurer);
        return services;
    }

    /// <summary>
    /// A revoked session is refused at once (one in-memory lookup). Then the security stamp check, as Identity does
    /// it, but only once its interval has passed: Identity's own handler builds the whole sign-in graph (user manager,
    /// stores, a DbContext) on every request before finding it has nothing to do, a third of a cached page's time
    /// under load (profile, issue 10).
    /// </summary>
    private static Task ValiderEmpreinteSiEchue(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext ctx)
    {
        if (ctx.Principal?.FindFirst(Sessions.ServiceSessions.Claim)?.Value is { } session
            && ctx.HttpContext.RequestServices.GetRequiredService<Sessions.SessionsRevoquees>().Contient(session))
        {
            ctx.RejectPrincipal();
            return ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
        var options = ctx.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityStampValidatorOptions>>().Value;
        var maintenant = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return ctx.Properties.IssuedUtc is { } emis && maintenant - emis <= options.ValidationInterval
            ? Task.CompletedTask
            : SecurityStampValidator.ValidatePrincipalAsync(ctx);
    }

    /// <summary>The API answers 401/403 instead of redirecting to the sign-in page.</summary>
    private static Task RepondreApi(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
            ctx.Response.StatusCode = status;
        else
            ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
