using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>The stratégie pauvreté figures of fiche 6 for a year (last year by default).</summary>
[Authorize(Policy = Politiques.Pilotage)]
public sealed class StrategiePauvreteModel(StrategiePauvrete strategie, AccesPilotage acces, HeureLegale heure) : PageModel
{
    [BindProperty(Name = "annee", SupportsGet = true)] public string? AnneeSaisie { get; set; }

    public string? Erreur { get; private set; }
    public ResultatStrategie? Resultat { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!acces.PeutLire) return Forbid();
        AnneeSaisie ??= (heure.Aujourdhui.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (annee, erreur) = AnneeDrees.Lire(AnneeSaisie, heure.Aujourdhui);
        Erreur = erreur;
        if (annee is int n) Resultat = await strategie.CalculerAsync(n, ct);
        return Page();
    }
}
