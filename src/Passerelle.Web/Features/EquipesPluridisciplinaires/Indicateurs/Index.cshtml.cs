using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Indicateurs;

/// <summary>The EP indicators of a period within the user's scope (definitions: docs/indicators.md, « Équipes pluridisciplinaires »).</summary>
[Authorize(Policy = Politiques.Indicateurs)]
public sealed class IndexModel(IndicateursEp indicateurs, AppDbContext db, CurrentUser user, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public FiltreIndicateurs Filtre { get; set; } = new();

    public TableauEp? Tableau { get; private set; }
    public IReadOnlyList<SelectListItem> Territoires { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var perimetre = PerimetreIndicateurs.De(user);
        var territoires = db.Territoires.AsNoTracking();
        if (!perimetre.TousLesTerritoires)
        {
            var siens = perimetre.TerritoiresAgent;
            territoires = territoires.Where(t => siens.Contains(t.Id));
        }
        Territoires = [new(perimetre.TousLesTerritoires ? "Tout le département" : "Tous vos territoires", ""),
            .. (await territoires.OrderBy(t => t.Nom).Select(t => new { t.Id, t.Nom }).ToListAsync(ct))
                .Select(t => new SelectListItem(t.Nom, t.Id.ToString(CultureInfo.InvariantCulture)))];
        if (!ModelState.IsValid) return Page();
        var (periode, portee, erreurs) = await Filtre.ResoudreAsync(perimetre, db, heure.Aujourdhui, ct);
        foreach (var (champ, message) in erreurs) ModelState.AddModelError($"{nameof(Filtre)}.{champ}", message);
        if (periode is null || portee is null) return Page();
        (Filtre.Du, Filtre.Au) = (periode.Du, periode.Au);
        Tableau = await indicateurs.CalculerAsync(periode, portee, Filtre.TerritoireId, ct);
        return Page();
    }
}
