using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Prescriptions.Indicateurs;

/// <summary>The offer's indicators of a period within the user's scope, by the breakdown chosen (definitions: docs/indicators.md).</summary>
[Authorize(Policy = Politiques.IndicateursOffre)]
public sealed class IndexModel(IndicateursOffre indicateurs, AppDbContext db, CurrentUser user, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public FiltreIndicateursOffre Filtre { get; set; } = new();

    public TableauOffre? Tableau { get; private set; }

    public static IReadOnlyList<SelectListItem> Decoupages { get; } =
        [.. FiltreIndicateursOffre.Decoupages.Select(d => new SelectListItem(d.Libelle, d.Code))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (PorteeIndicateursOffre.De(user).Portee() is not { } portee) return Forbid();
        Filtre.Par ??= "departement";
        if (!ModelState.IsValid) return Page();
        var (selection, erreurs) = await Filtre.ResoudreAsync(portee, db, heure.Aujourdhui, ct);
        foreach (var (champ, message) in erreurs) ModelState.AddModelError($"{nameof(Filtre)}.{champ}", message);
        if (selection is null) return Page();
        (Filtre.Du, Filtre.Au) = (selection.Periode.Du, selection.Periode.Au);
        Tableau = await indicateurs.CalculerAsync(selection, ct);
        return Page();
    }
}
