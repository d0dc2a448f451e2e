using Microsoft.AspNetCore.Diagnostics;

namespace Passerelle.Web.Platform;

/// <summary>
/// Unexpected errors: the API gets a ProblemDetails without the exception text; pages fall through
/// to the French error page (/erreur/500). The exception itself goes to the log with the trace id.
/// </summary>
internal sealed class GestionErreurs(IProblemDetailsService problems, ILogger<GestionErreurs> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already switched the request to /erreur/500: the failed path is in the feature.
        var chemin = new PathString(context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value);
        // Minimal APIs throw their binding failures in Development only; elsewhere they already answer 400.
        var statut = exception is BadHttpRequestException requete ? requete.StatusCode : StatusCodes.Status500InternalServerError;
        if (statut >= StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Erreur non gérée sur {Method} {Path} (trace {TraceId})", context.Request.Method, chemin, context.TraceIdentifier);
        else
            logger.LogInformation("Requête refusée ({Status}) sur {Method} {Path} : {Motif}", statut, context.Request.Method, chemin, exception.Message);
        if (!GestionErreursRegistration.EstApi(chemin)) return false;
        context.Response.StatusCode = statut;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = statut >= StatusCodes.Status500InternalServerError
                ? new() { Status = statut, Title = "Erreur interne", Detail = "Une erreur inattendue est survenue. Elle a été enregistrée ; réessayez plus tard." }
                : new() { Status = statut, Title = "Requête invalide", Detail = "Un paramètre de la requête est absent ou mal formé." },
        });
    }
}

public static class GestionErreursRegistration
{
    public static IServiceCollection AddGestionErreurs(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<GestionErreurs>();
        return services;
    }

    internal static bool EstApi(PathString chemin) => chemin.StartsWithSegments("/api");

    /// <summary>HTML requests get French error pages; API requests get ProblemDetails, in every environment.</summary>
    public static WebApplication UseGestionErreurs(this WebApplication app)
    {
        app.UseExceptionHandler("/erreur/500");
        app.UseWhen(c => EstApi(c.Request.Path), a => a.UseStatusCodePages());
        app.UseWhen(c => !EstApi(c.Request.Path), a => a.UseStatusCodePagesWithReExecute("/erreur/{0}"));
        return app;
    }
}
