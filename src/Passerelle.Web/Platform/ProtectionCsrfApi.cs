namespace Passerelle.Web.Platform;

public static class ProtectionCsrfApi
{
    /// <summary>The header a same-origin script adds to its API writes; any non-empty value.</summary>
    public const string Entete = "X-Requested-With";

    /// <summary>
    /// An API write (POST, PUT, PATCH, DELETE under /api) that carries no <c>Authorization</c> header relies
    /// on the session cookie, which a cross-site form would send too: it must carry <see cref="Entete"/>,
    /// which a form cannot set and a cross-origin script cannot send without a CORS preflight that this
    /// application never grants. Keys (<c>Authorization: Bearer</c>) are not sent by browsers on their own,
    /// so they are not asked for it.
    /// </summary>
    public static WebApplication UseProtectionCsrfApi(this WebApplication app)
    {
        app.UseWhen(EstEcritureParCookie, a => a.Use(async (context, next) =>
        {
            if (!string.IsNullOrWhiteSpace(context.Request.Headers[Entete]))
            {
                await next();
                return;
            }
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new()
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "En-tête de protection manquant",
                    Detail = $"Une écriture par l'API avec le cookie de session doit porter l'en-tête {Entete} (ou s'authentifier par une clé d'API).",
                },
            });
        }));
        return app;
    }

    private static bool EstEcritureParCookie(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
        && !HttpMethods.IsOptions(context.Request.Method) && !HttpMethods.IsTrace(context.Request.Method)
        && string.IsNullOrEmpty(context.Request.Headers.Authorization);
}
