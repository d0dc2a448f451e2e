using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Acces.ClesApi;

/// <summary>
/// The OpenAPI document states how each operation authenticates: the session cookie everywhere, and
/// a key only where the endpoint accepts one, with the scope it needs (OpenAPI 3.1 lets a
/// non-OAuth scheme list the roles it requires).
/// </summary>
public static class DocumentationCles
{
    public const string SchemaSession = "session";
    public const string SchemaCle = "cleApi";

    public static OpenApiOptions AjouterSecuriteCles(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Components ??= new OpenApiComponents();
            doc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            doc.Components.SecuritySchemes[SchemaSession] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "passerelle",
                Description = $"Session d'un utilisateur connecté. Toute écriture (POST, PUT, PATCH, DELETE) doit porter l'en-tête {ProtectionCsrfApi.Entete}.",
            };
            doc.Components.SecuritySchemes[SchemaCle] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Clé d'API du département (Authorization: Bearer psr_…), créée par un administrateur avec des portées et une date d'expiration. Portées : "
                    + string.Join(" ; ", PorteesApi.Toutes.Select(p => $"{p.Nom} ({p.Libelle.ToLowerInvariant()})")) + ".",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            // A public endpoint (the published offer) needs nothing: an empty requirement says so.
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any())
            {
                operation.Security = [];
                operation.Description = "Public : sans authentification.";
                return Task.CompletedTask;
            }
            var session = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemaSession, context.Document)] = [] };
            operation.Security = [session];
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ExigencePortee>().FirstOrDefault() is { } exigence)
            {
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemaCle, context.Document)] = [exigence.Portee] });
                operation.Description = $"Clé d'API acceptée avec la portée « {exigence.Portee} » ; sans elle, 403.";
            }
            else
            {
                operation.Description = "Session uniquement : une clé d'API est refusée (401).";
            }
            return Task.CompletedTask;
        });
        return options;
    }
}
