using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Programmes;

[Authorize(Policy = Politiques.Programmes)]
public sealed class IndexModel(ConsultationProgrammes consultation) : PageModel
{
    public IReadOnlyList<ResumeProgramme> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Programmes = await consultation.ListeAsync(ct);
}
