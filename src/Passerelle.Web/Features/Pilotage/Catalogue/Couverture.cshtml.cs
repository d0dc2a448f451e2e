using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>How the programmes' indicators are covered (computed, entered, to enter, missing), one programme's list with ?programme=, and what to enter before the next comités.</summary>
[Authorize(Policy = Politiques.Pilotage)]
public sealed class CouvertureModel(ConsultationPilotage consultation, RappelsSaisie rappels, ServiceCorrespondances correspondances, IAuthorizationService autorisation) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Programme { get; set; }

    public IReadOnlyList<CouvertureProgramme> Programmes { get; private set; } = [];
    public IReadOnlyList<LigneCouverture>? Lignes { get; private set; }
    public IReadOnlyList<ComiteASaisir> ASaisir { get; private set; } = [];
    public IReadOnlyDictionary<int, (DateOnly Le, int Pilotes)> Rappels { get; private set; } = new Dictionary<int, (DateOnly, int)>();
    public bool PeutModifier { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Programmes = await consultation.CouvertureAsync(ct);
        if (Programme is int id && (Lignes = await consultation.ProgrammeAsync(id, ct)) is null) return NotFound();
        ASaisir = await rappels.ListerAsync(ct);
        Rappels = await rappels.RappelsEnvoyesAsync([.. ASaisir.Select(c => c.ReunionId)], ct);
        PeutModifier = (await autorisation.AuthorizeAsync(User, Politiques.GestionPilotage)).Succeeded;
        return Page();
    }

    /// <summary>Maps the indicators of programmes imported before the catalogue by the correspondence table.</summary>
    public async Task<IActionResult> OnPostEtablirAsync(CancellationToken ct)
    {
        if (!(await autorisation.AuthorizeAsync(User, Politiques.GestionPilotage)).Succeeded) return Forbid();
        TempData.Confirmer($"{await correspondances.EtablirManquantesAsync(ct)} indicateur(s) mis en correspondance.");
        return Redirect("/pilotage/couverture");
    }
}
