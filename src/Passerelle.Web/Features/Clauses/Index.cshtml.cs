using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Clauses;

/// <summary>The clauses dashboard: hours planned, completed and ETP over a period of years, then by contract, employer, territoire and fiche-action.</summary>
[Authorize(Policy = Politiques.TableauClauses)]
public sealed class IndexModel(TableauClauses tableau, AccesClauses acces, HeureLegale heure) : PageModel
{
    public const int MarchesAffiches = 20;

    [BindProperty(SupportsGet = true)] public int? De { get; set; }
    [BindProperty(SupportsGet = true)] public int? A { get; set; }

    public Tableau Tableau { get; private set; } = null!;
    public bool Gere => acces.Gere;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var annee = heure.Aujourdhui.Year;
        var a = Math.Clamp(A ?? De ?? annee, 1990, annee + 10);
        var de = Math.Clamp(De ?? a, 1990, a);
        Tableau = await tableau.CalculerAsync(de, a, ct);
        (De, A) = (Tableau.De, Tableau.A);
    }
}
