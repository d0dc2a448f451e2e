using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.OffresEmploi;

/// <summary>The live counts of offers, mises en relation and hires over a period (by default the year so far).</summary>
[Authorize(Policy = Politiques.IndicateursOffresEmploi)]
public sealed class IndicateursModel(IndicateursOffresEmploi indicateurs, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? Du { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Au { get; set; }

    public IndicateursOffres Resultats { get; private set; } = null!;
    public string? Erreur { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var aujourdhui = heure.Aujourdhui;
        var (du, au) = (Du ?? new DateOnly(aujourdhui.Year, 1, 1), Au ?? aujourdhui);
        if (au < du)
        {
            Erreur = "La fin de la période ne peut précéder son début : la période a été remise à l'année en cours.";
            (du, au) = (new DateOnly(aujourdhui.Year, 1, 1), aujourdhui);
        }
        Resultats = await indicateurs.CalculerAsync(du, au, ct);
    }
}
