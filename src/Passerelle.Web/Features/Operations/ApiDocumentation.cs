using Passerelle.Web.Features.Acces.ClesApi;

namespace Passerelle.Web.Features.Operations;

/// <summary>The OpenAPI document of /api/v1, served at /api/v1/openapi.json and read by /api-reference.</summary>
public static class ApiDocumentation
{
    public const string Document = "v1";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddOpenApi(Document, o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "API Passerelle";
            doc.Info.Description = "API JSON de Passerelle. Authentification par cookie de session ou, pour les systèmes partenaires, par clé d'API à portées ; "
                + "chaque réponse est limitée au département et au périmètre de l'utilisateur ou de la clé.";
            return Task.CompletedTask;
        }).AjouterSecuriteCles());
        return services;
    }

    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous();
        return app;
    }
}
