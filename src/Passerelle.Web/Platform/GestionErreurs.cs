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
        logger.LogError(exception, "Erreur non gérée sur {Method} {Path} (trace {TraceId})",
            context.Request.Method, context.Request.Path, context.TraceIdentifier);
        if (!context.Request.Path.StartsWithSegments("/api")) return false;
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Erreur interne",
                Detail = "Une erreur inattendue est survenue. Elle a été enregistrée ; réessayez plus tard.",
            },
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

    /// <summary>HTML requests get French error pages; API requests get ProblemDetails.</summary>
    public static WebApplication UseGestionErreurs(this WebApplication app)
    {
        app.UseExceptionHandler("/erreur/500");
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePagesWithReExecute("/erreur/{0}"));
        return app;
    }
}
