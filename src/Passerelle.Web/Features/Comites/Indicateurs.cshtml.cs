using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Comites;

/// <summary>The comités' indicators over a period (the current year by default); a period refused says why on its field.</summary>
[Authorize(Policy = Politiques.Comites)]
public sealed class IndicateursModel(IndicateursComites indicateurs, HeureLegale heure) : PageModel
{
    [BindProperty(Name = "du", SupportsGet = true)] public DateOnly? DuSaisi { get; set; }
    [BindProperty(Name = "au", SupportsGet = true)] public DateOnly? AuSaisi { get; set; }

    public DateOnly Du { get; private set; }
    public DateOnly Au { get; private set; }
    public ChiffresComites? Chiffres { get; private set; }
    public IReadOnlyDictionary<string, string> Erreurs { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Au = AuSaisi ?? heure.Aujourdhui;
        Du = DuSaisi ?? new DateOnly(Au.Year, 1, 1);
        Erreurs = IndicateursComites.VerifierPeriode(Du, Au);
        if (Erreurs.Count == 0) Chiffres = await indicateurs.CalculerAsync(Du, Au, ct);
    }
}
