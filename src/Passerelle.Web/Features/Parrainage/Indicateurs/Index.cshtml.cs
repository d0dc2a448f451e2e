using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Parrainage.Indicateurs;

/// <summary>
/// The parrainage indicators of a year (definitions: docs/indicators.md). Pilots and readers see figures under 5 as « moins de 5 »:
/// a small count of mentees could name them.
/// </summary>
[Authorize(Policy = Politiques.IndicateursCheminEmploi)]
public sealed class IndexModel(IndicateursParrainage indicateurs, CurrentUser user, HeureLegale heure) : PageModel
{
    public const int SeuilSecret = 5;

    [BindProperty(SupportsGet = true)] public int? Annee { get; set; }

    public ChiffresParrainage Chiffres { get; private set; } = null!;
    public string? Erreur { get; private set; }

    private bool Masquer => !user.A(Role.AgentDepartemental) && !user.A(Role.ChargeRelationEntreprise);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var annee = Annee ?? heure.Aujourdhui.Year;
        if (annee is < 2000 or > 2999)
        {
            Erreur = "Choisissez une année entre 2000 et 2999.";
            annee = heure.Aujourdhui.Year;
        }
        Annee = annee;
        Chiffres = await indicateurs.CalculerAsync(annee, ct);
        return Page();
    }

    public string Afficher(int nombre) =>
        Masquer && nombre is > 0 and < SeuilSecret ? $"moins de {SeuilSecret}" : nombre.ToString(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
}
