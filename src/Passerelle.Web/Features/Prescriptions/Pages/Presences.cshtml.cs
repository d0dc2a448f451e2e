using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Prescriptions.Pages;

/// <summary>The operator's attendance sheet of one action for one day, posted whole (<see cref="FeuillePresence"/>).</summary>
[Authorize(Policy = Politiques.Prescriptions)]
public sealed class PresencesModel(FeuillePresence feuille, AppDbContext db, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Jour { get; set; }
    /// <summary>Posted as presence[prescriptionId] = status.</summary>
    [BindProperty] public Dictionary<int, StatutPresence> Presence { get; set; } = [];

    public string NomAction { get; private set; } = "";
    public IReadOnlyList<LignePresence> Lignes { get; private set; } = [];
    public DateOnly JourAffiche => Jour ?? heure.Aujourdhui;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await feuille.ChargerAsync(Action, JourAffiche, ct) is not { } lignes) return NotFound();
        Lignes = lignes;
        NomAction = await db.Set<ActionInsertion>().Where(a => a.Id == Action).Select(a => a.Nom).SingleAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var resultat = ModelState.IsValid ? await feuille.EnregistrerAsync(Action, JourAffiche, Presence, ct) : ResultatAction.Refus("Une présence n'est pas valide.");
        if (resultat.Reussi) TempData.Confirmer(resultat.Message);
        else TempData.Signaler(resultat.Message);
        return Redirect($"/prescriptions/presences?action={Action}&jour={JourAffiche:yyyy-MM-dd}");
    }
}
