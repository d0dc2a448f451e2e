namespace Passerelle.Web.Platform;

public static class RefusCaractereNul
{
    /// <summary>
    /// A query value holding the NUL character is refused with 400 before any page or endpoint reads it:
    /// no field a user types may contain it, and PostgreSQL cannot even compare a text with it (the search
    /// pages answered 500 there, SQLite let it through). Checked once here rather than in every filter.
    /// Form bodies are left to their pages: reading them here would bypass each endpoint's size limit.
    /// </summary>
    public static WebApplication UseRefusCaractereNul(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Query.Any(p => p.Key.Contains('\0', StringComparison.Ordinal) || p.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true)))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
            await next();
        });
        return app;
    }
}
