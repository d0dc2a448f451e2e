namespace Passerelle.Web.Platform;

public static class EntetesSecurite
{
    /// <summary>Conservative headers: no framing, no sniffing, no referrer leaks, same-origin scripts only.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var h = context.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "same-origin";
            h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'";
            await next();
        });
        return app;
    }
}
