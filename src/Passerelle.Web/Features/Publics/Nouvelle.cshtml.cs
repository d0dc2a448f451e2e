using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Passerelle.Web.Features.Publics;

/// <summary>Enters a person by hand and opens their parcours for a public beyond the RSA.</summary>
[Authorize(Policy = PublicsRegistration.PolitiqueOuverture)]
public sealed class NouvelleModel(OuvertureParcours ouverture, PublicsDuDepartement publics) : PageModel
{
    [BindProperty] public SaisieOuverture Saisie { get; set; } = new();
    public IReadOnlyList<PublicPropose> Publics { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Publics = await publics.ListerAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Publics = await publics.ListerAsync(ct);
        if (!ModelState.IsValid) return Page();
        var resultat = await ouverture.OuvrirAsync(Saisie, ct);
        if (resultat.PersonneId is int id) return Redirect($"/personnes/{id}");
        foreach (var (champ, message) in resultat.Erreurs)
            ModelState.AddModelError(champ.Length == 0 ? "" : $"{nameof(Saisie)}.{champ}", message);
        return Page();
    }
}
