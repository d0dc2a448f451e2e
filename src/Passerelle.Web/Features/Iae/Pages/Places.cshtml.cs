using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Iae.Pages;

/// <summary>The SIAE of the département, their agreed places of a year and their occupation; agents set the places.</summary>
[Authorize(Policy = Politiques.IndicateursCheminEmploi)]
public sealed class PlacesModel(IndicateursIae indicateurs, ServiceIae service, CurrentUser user, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Annee { get; set; }

    public ChiffresIae Chiffres { get; private set; } = null!;
    public bool PeutDefinir => user.A(Role.AgentDepartemental);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Annee = Annee is >= 2000 and <= 2999 ? Annee : heure.Aujourdhui.Year;
        Chiffres = await indicateurs.CalculerAsync(Annee.Value, heure.Aujourdhui, ct);
    }

    public async Task<IActionResult> OnPostAsync(int structure, int annee, int? postes, decimal? etp, CancellationToken ct)
    {
        if (!PeutDefinir) return Forbid();
        var ecriture = await service.DefinirPlacesAsync(structure, annee, postes, etp, ct);
        if (ecriture.Resultat.Reussi) TempData.Confirmer(ecriture.Resultat.Message);
        else TempData.Signaler(ecriture.Resultat.Message);
        return Redirect($"/iae/places?Annee={annee}");
    }
}
