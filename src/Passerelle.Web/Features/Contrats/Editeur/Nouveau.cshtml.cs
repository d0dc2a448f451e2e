using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Contrats.Editeur;

/// <summary>Establishes a contract for the person (pre-filled, <see cref="PreRemplissageContrat"/>), through <see cref="ServiceContrats"/>.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class NouveauModel(ChargementEditeur chargement, PreRemplissageContrat preRemplissage, ServiceContrats contrats, HeureLegale heure) : PageModel
{
    [BindProperty] public SaisieContrat Saisie { get; set; } = new();
    public EditeurContrat Editeur { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int? renouveler, DateOnly? signeLe, CancellationToken ct)
    {
        if (await chargement.ChargerAsync(id, null, ct) is not { } editeur) return NotFound();
        Editeur = editeur;
        Saisie = await preRemplissage.PourAsync(id, renouveler, signeLe, heure.Aujourdhui, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await chargement.ChargerAsync(id, null, ct) is not { } editeur) return NotFound();
        Editeur = editeur;
        if (!ModelState.IsValid) return Page();
        var resultat = await contrats.CreerAsync(id, Saisie, ct);
        if (!resultat.Action.Reussi)
        {
            ModelState.AddModelError("", resultat.Action.Message);
            return Page();
        }
        TempData.Confirmer(resultat.Action.Message);
        return Redirect($"/personnes/{id}/contrats/{resultat.ContratId}");
    }
}
