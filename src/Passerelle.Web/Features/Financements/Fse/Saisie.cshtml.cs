using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Financements.Fse;

/// <summary>The operator records a participant's FSE+ data at entry, then the situation at exit; 404 for anyone else.</summary>
[Authorize(Policy = Politiques.Prescriptions)]
public sealed class SaisieFseModel(ServiceDonneesFse service) : PageModel
{
    public ParticipationFse Participation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int prescriptionId, CancellationToken ct)
    {
        if (await service.LireAsync(prescriptionId, ct) is not { } participation) return NotFound();
        Participation = participation;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int prescriptionId, int version, SituationMarcheTravail? situationEntree, NiveauCite? niveauEtudes,
        bool menageSansEmploi, bool enfantsACharge, bool parentIsole, SituationSortieFse? situationSortie, CancellationToken ct)
    {
        if (await service.LireAsync(prescriptionId, ct) is null) return NotFound();
        var resultat = await service.EnregistrerAsync(prescriptionId,
            new SaisieFse(version, situationEntree, niveauEtudes, menageSansEmploi, enfantsACharge, parentIsole, situationSortie), ct);
        if (resultat.Reussi) TempData.Confirmer(resultat.Message);
        else TempData.Signaler(resultat.Message);
        return Redirect($"/financements/fse/{prescriptionId}");
    }
}
