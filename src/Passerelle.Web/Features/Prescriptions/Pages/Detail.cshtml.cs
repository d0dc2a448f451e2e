using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Sorties;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Prescriptions.Pages;

/// <summary>One prescription: what was shared, where it stands, and the acts this user may do (404 outside their reach).</summary>
[Authorize(Policy = Politiques.Prescriptions)]
public sealed class DetailModel(ConsultationPrescriptions consultation, ServiceParticipations participations, ServicePrescriptions prescriptions) : PageModel
{
    public FichePrescription Fiche { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await consultation.FicheAsync(id, ct) is not { } fiche) return NotFound();
        Fiche = fiche;
        return Page();
    }

    public Task<IActionResult> OnPostRepondreAsync(int id, int version, ActePrescription acte, MotifRefusPrescription? motif, string? precision, CancellationToken ct) =>
        AgirAsync(id, () => participations.RepondreAsync(id, version, new SaisieReponse(acte, motif, precision), ct));

    public Task<IActionResult> OnPostEntrerAsync(int id, int version, DateOnly? date, CancellationToken ct) =>
        AgirAsync(id, () => participations.EntrerAsync(id, version, date, ct));

    public Task<IActionResult> OnPostSortirAsync(int id, int version, DateOnly? date, TypeSortieAction? type, string? commentaire, CancellationToken ct) =>
        AgirAsync(id, () => participations.SortirAsync(id, version, new SaisieSortieAction(date, type, commentaire), ct));

    public Task<IActionResult> OnPostSituationAsync(int id, int version, int mois, SituationEmploi? situation, CancellationToken ct) =>
        AgirAsync(id, () => participations.SituationApresAsync(id, version, mois, situation, ct));

    public Task<IActionResult> OnPostDepassementAsync(int id, int version, string? motif, CancellationToken ct) =>
        AgirAsync(id, () => participations.AutoriserDepassementAsync(id, version, motif, ct));

    public Task<IActionResult> OnPostAnnulerAsync(int id, int version, string? motif, CancellationToken ct) =>
        AgirAsync(id, () => prescriptions.AnnulerAsync(id, version, motif, ct));

    private async Task<IActionResult> AgirAsync(int id, Func<Task<ResultatAction>> acte)
    {
        if (!await consultation.Visibles().AnyAsync(p => p.Id == id, HttpContext.RequestAborted)) return NotFound();
        var resultat = ModelState.IsValid ? await acte() : ResultatAction.Refus("Un champ n'est pas valide : vérifiez la date saisie.");
        if (resultat.Reussi) TempData.Confirmer(resultat.Message);
        else TempData.Signaler(resultat.Message);
        return Redirect($"/prescriptions/{id}");
    }
}
