using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Seances.Pages;

/// <summary>A new session of one of the agent's EPs: its day, time (the département's legal time) and place.</summary>
[Authorize(Policy = Politiques.GestionEquipesPluridisciplinaires)]
public sealed class NouvelleModel(ConsultationSeances consultation, ServiceSeances service, HeureLegale heure) : PageModel
{
    [BindProperty] public int? EquipeId { get; set; }
    [BindProperty] public DateOnly? Jour { get; set; }
    [BindProperty] public TimeOnly? Heure { get; set; }
    [BindProperty] public string? Lieu { get; set; }

    public IReadOnlyList<EquipePluridisciplinaire> Equipes { get; private set; } = [];
    public string? Erreur { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Equipes = await consultation.EquipesAsync(ct);
        Heure ??= new TimeOnly(9, 30);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (EquipeId is not int equipe || Jour is not { } jour || Heure is not { } h)
            return await ErreurAsync("Choisissez l'équipe, le jour et l'heure de la séance.", ct);
        var (resultat, id) = await service.CreerAsync(equipe, heure.VersUtc(jour, h), Lieu, ct);
        if (id is not int cree) return await ErreurAsync(resultat.Message, ct);
        TempData.Confirmer(resultat.Message);
        return Redirect($"/ep/seances/{cree}");
    }

    private async Task<IActionResult> ErreurAsync(string message, CancellationToken ct)
    {
        Erreur = message;
        Equipes = await consultation.EquipesAsync(ct);
        return Page();
    }
}
