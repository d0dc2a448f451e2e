using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Cohortes;

/// <summary>The work queues with the number of persons each holds within the agent's scope.</summary>
[Authorize(Policy = Politiques.Cohortes)]
public sealed class IndexModel(RequeteCohorte requete) : PageModel
{
    public IReadOnlyList<(FileDeTravail File, int Nombre)> Files { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Files = await requete.CompterAsync(ct);
}
