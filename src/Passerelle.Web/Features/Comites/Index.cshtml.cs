using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Comites;

/// <summary>The instances of the département, with their members and meetings held.</summary>
[Authorize(Policy = Politiques.Comites)]
public sealed class IndexModel(ConsultationComites consultation, AccesComites acces) : PageModel
{
    public IReadOnlyList<LigneComite> Instances { get; private set; } = [];
    public bool Gere => acces.GereQuelqueChose;

    public async Task OnGetAsync(CancellationToken ct) => Instances = await consultation.ListeAsync(ct);
}
