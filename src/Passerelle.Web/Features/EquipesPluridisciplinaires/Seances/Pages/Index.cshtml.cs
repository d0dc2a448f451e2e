using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Seances.Pages;

/// <summary>The sessions a user reaches: an agent's EPs, or a member's convocations still open. Upcoming first.</summary>
[Authorize(Policy = Politiques.EquipesPluridisciplinaires)]
public sealed class IndexModel(ConsultationSeances consultation, PerimetreEp perimetre) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? EquipeId { get; set; }
    [BindProperty(SupportsGet = true)] public StatutSeance? Statut { get; set; }

    public IReadOnlyList<LigneSeance> Lignes { get; private set; } = [];
    public IReadOnlyList<EquipePluridisciplinaire> Equipes { get; private set; } = [];
    public bool Agent => perimetre.PeutAgir;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Lignes = await consultation.ListerAsync(EquipeId, Statut, ct);
        if (Agent) Equipes = await consultation.EquipesAsync(ct);
    }
}
