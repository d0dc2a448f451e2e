using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Immersions.Indicateurs;

/// <summary>The immersions of a year by outcome and trade (definitions: docs/indicators.md).</summary>
[Authorize(Policy = Politiques.IndicateursCheminEmploi)]
public sealed class IndexModel(IndicateursImmersions indicateurs, HeureLegale heure) : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public int? Annee { get; set; }

    public ChiffresImmersions Chiffres { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Annee = Annee is >= 2000 and <= 2999 ? Annee : heure.Aujourdhui.Year;
        Chiffres = await indicateurs.CalculerAsync(Annee.Value, ct);
    }
}
