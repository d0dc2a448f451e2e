using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>The DREES OARSA tables of a year (last year by default); a year refused says why on its field.</summary>
[Authorize(Policy = Politiques.Pilotage)]
public sealed class IndexModel(LectureDrees lecture, AccesPilotage acces, HeureLegale heure) : PageModel
{
    [BindProperty(Name = "annee", SupportsGet = true)] public string? AnneeSaisie { get; set; }

    public string? Erreur { get; private set; }
    public ResultatDrees? Resultat { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!acces.PeutLire) return Forbid();
        AnneeSaisie ??= (heure.Aujourdhui.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (annee, erreur) = AnneeDrees.Lire(AnneeSaisie, heure.Aujourdhui);
        Erreur = erreur;
        if (annee is int n) Resultat = await lecture.CalculerAsync(n, ct);
        return Page();
    }
}
