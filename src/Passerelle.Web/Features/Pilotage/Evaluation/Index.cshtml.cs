using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Pilotage.Evaluation;

/// <summary>The programmes whose yearly evaluation report can be opened, each with the years it covers.</summary>
[Authorize(Policy = Politiques.Pilotage)]
public sealed class IndexModel(ConsultationProgrammes programmes) : PageModel
{
    public IReadOnlyList<ResumeProgramme> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Programmes = await programmes.ListeAsync(ct);
}
