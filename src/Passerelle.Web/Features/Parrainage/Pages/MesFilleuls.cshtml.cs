using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Parrainage.Pages;

/// <summary>The mentor's own pairings, the way into each mentee's shared information.</summary>
[Authorize(Policy = Politiques.MesFilleuls)]
public sealed class MesFilleulsModel(ConsultationParrainages consultation) : PageModel
{
    [BindProperty(Name = Pagination.Parametre, SupportsGet = true)] public int Numero { get; set; } = 1;

    public Page<LigneParrainage> Parrainages { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);

    public async Task OnGetAsync(CancellationToken ct) => Parrainages = await consultation.ListeAsync(null, true, Numero, null, ct);
}
