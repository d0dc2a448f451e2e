using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Envois.Administration;

[Authorize(Policy = Politiques.Administration)]
public sealed class IndexModel(ModelesCourrier modeles) : PageModel
{
    public IReadOnlyList<ModelesCourrier.ModeleEnVigueur> Modeles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Modeles = await modeles.TousAsync(ct);
}
