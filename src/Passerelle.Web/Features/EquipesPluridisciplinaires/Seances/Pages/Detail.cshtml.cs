using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Seances.Pages;

/// <summary>
/// One session: for the agent who runs it, its agenda and the acts the state machine allows; for a member convened to
/// it, a read-only agenda limited to <see cref="DossierPourMembre"/>. 404 outside the user's reach.
/// </summary>
[Authorize(Policy = Politiques.EquipesPluridisciplinaires)]
public sealed class DetailModel(ConsultationSeances consultation, ServiceSeances service, IAuthorizationService autorisation) : PageModel
{
    public FicheSeance Fiche { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await consultation.FicheAsync(id, ct) is not { } fiche) return NotFound();
        Fiche = fiche;
        return Page();
    }

    public Task<IActionResult> OnPostInscrireAsync(int id, int version, int[] dossiers, CancellationToken ct) =>
        AgirAsync(id, () => service.InscrireAsync(id, version, dossiers, ct));

    public Task<IActionResult> OnPostDesinscrireAsync(int id, int version, int dossier, CancellationToken ct) =>
        AgirAsync(id, () => service.DesinscrireAsync(id, version, [dossier], ct));

    /// <summary>Moves one dossier one place up (sens -1) or down (+1) in the order of passage.</summary>
    public Task<IActionResult> OnPostDeplacerAsync(int id, int version, int dossier, int sens, CancellationToken ct) =>
        AgirAsync(id, async () =>
        {
            var ordre = await consultation.OrdreDePassageAsync(id, ct);
            var rang = ordre.IndexOf(dossier);
            var autre = rang + Math.Sign(sens);
            if (rang < 0 || autre < 0 || autre >= ordre.Count) return ResultatAction.Refus("Ce dossier ne peut pas être déplacé ainsi.");
            (ordre[rang], ordre[autre]) = (ordre[autre], ordre[rang]);
            return await service.OrdonnerAsync(id, version, ordre, ct);
        });

    public Task<IActionResult> OnPostActeAsync(int id, int version, ActeSeance acte, string? motif, int? versSeance, int[] presents, int[] beneficiaires, CancellationToken ct) =>
        AgirAsync(id, () => service.AgirAsync(id, version, acte, motif, versSeance, presents, beneficiaires, ct));

    public Task<IActionResult> OnPostAvisAsync(int id, int dossier, int version, TypeDecisionEp? avis, string? motif, CancellationToken ct) =>
        AgirAsync(id, () => service.RendreAvisAsync(dossier, version, avis, motif, ct));

    private async Task<IActionResult> AgirAsync(int id, Func<Task<ResultatAction>> acte)
    {
        if (!await consultation.Visibles().AnyAsync(s => s.Id == id, HttpContext.RequestAborted)) return NotFound();
        if (!(await autorisation.AuthorizeAsync(User, Politiques.GestionEquipesPluridisciplinaires)).Succeeded) return Forbid();
        var resultat = ModelState.IsValid ? await acte() : ResultatAction.Refus("Un champ n'est pas valide : vérifiez la saisie.");
        if (resultat.Reussi) TempData.Confirmer(resultat.Message);
        else TempData.Signaler(resultat.Message);
        return Redirect($"/ep/seances/{id}");
    }
}
