namespace Passerelle.Web.Platform;

public static class SansCache
{
    /// <summary>
    /// Every response to a signed-in user or API key (pages, API, exports) may carry personal data:
    /// no browser or proxy keeps it. Checked when the response starts, once authorization has
    /// settled the user (an API key is authenticated by its endpoint). Static files are served
    /// earlier in the pipeline and keep their caching.
    /// </summary>
    public static WebApplication UseSansCachePourAuthentifies(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.User.Identity?.IsAuthenticated == true)
                {
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Headers.Pragma = "no-cache";
                }
                return Task.CompletedTask;
            });
            await next();
        });
        return app;
    }
}
