using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Export;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Pilotage.Evaluation;

/// <summary>A programme's evaluation report for a year: the figures against their targets per fiche, the pilot's appraisals, the exports.</summary>
[Authorize(Policy = Politiques.Pilotage)]
public sealed class RapportModel(CalculRapportEvaluation calcul, ServiceAppreciations appreciations) : PageModel
{
    [FromRoute] public int ProgrammeId { get; set; }
    [BindProperty(SupportsGet = true)] public int? Annee { get; set; }
    [BindProperty] public int FicheId { get; set; }
    [BindProperty] public string? Texte { get; set; }

    public RapportEvaluation? Rapport { get; private set; }
    public string? RefusAnnee { get; private set; }
    public bool PeutEcrire => appreciations.PeutEcrire;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        await ChargerAsync(ct) && Rapport is { } r ? File(await ExportRapportEvaluation.XlsxAsync(r, ct), EcritureTableur.TypeXlsx, ExportRapportEvaluation.NomFichier(r, "xlsx")) : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct) =>
        await ChargerAsync(ct) && Rapport is { } r ? File(ExportRapportEvaluation.Pdf(r), "application/pdf", ExportRapportEvaluation.NomFichier(r, "pdf")) : NotFound();

    public async Task<IActionResult> OnPostAppreciationAsync(CancellationToken ct)
    {
        if (Annee is not int annee) return BadRequest();
        var ecriture = await appreciations.EnregistrerAsync(FicheId, annee, Texte, ct);
        if (ecriture == ServiceAppreciations.Interdit) return Forbid();
        if (this.SortieFormulaire(ecriture, $"/pilotage/evaluation/{ProgrammeId}?annee={annee}#fiche-{FicheId}", ServiceAppreciations.Introuvable.Resultat) is { } sortie) return sortie;
        TempData.Signaler(ecriture.MessageFormulaire);
        return Redirect($"/pilotage/evaluation/{ProgrammeId}?annee={annee}#fiche-{FicheId}");
    }

    /// <returns>False when the programme is not the département's; a refused year shows its reason instead of the report.</returns>
    private async Task<bool> ChargerAsync(CancellationToken ct)
    {
        (Rapport, RefusAnnee) = await calcul.CalculerAsync(ProgrammeId, Annee, ct);
        return Rapport is not null || RefusAnnee is not null;
    }
}
