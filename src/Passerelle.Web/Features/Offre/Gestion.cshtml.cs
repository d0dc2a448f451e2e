using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Offre;

[Authorize(Policy = Politiques.GestionOffre)]
public sealed class GestionModel(ConsultationOffre consultation, AccesOffre acces) : PageModel
{
    public bool Moderateur => acces.Moderateur;
    public IReadOnlyList<LigneGestion> Lignes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Lignes = await consultation.GereesAsync(ct);
}
