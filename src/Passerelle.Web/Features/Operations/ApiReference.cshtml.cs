using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Passerelle.Web.Features.Operations;

/// <summary>A readable list of the API endpoints, built from the same metadata as the OpenAPI document.</summary>
[AllowAnonymous]
public sealed class ApiReferenceModel(IApiDescriptionGroupCollectionProvider api) : PageModel
{
    public sealed record Point(string Methode, string Chemin, string Description, string Reponses);

    public IReadOnlyList<Point> Points { get; private set; } = [];

    public void OnGet() =>
        Points = api.ApiDescriptionGroups.Items.SelectMany(g => g.Items)
            .Where(d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true)
            .OrderBy(d => d.RelativePath).ThenBy(d => d.HttpMethod)
            .Select(d => new Point(
                d.HttpMethod ?? "GET",
                d.RelativePath!,
                d.ActionDescriptor.EndpointMetadata.OfType<IEndpointSummaryMetadata>().FirstOrDefault()?.Summary ?? "",
                string.Join(", ", d.SupportedResponseTypes.Select(r => r.StatusCode).Distinct().Order())))
            .ToList();
}
