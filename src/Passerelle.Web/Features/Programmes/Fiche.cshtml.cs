using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Programmes;

/// <summary>A fiche-action as it is, or as one of its versions was; printable as a PDF.</summary>
[Authorize(Policy = Politiques.Programmes)]
public sealed class FicheModel(ConsultationProgrammes consultation, IAuthorizationService autorisation) : PageModel
{
    public VueFiche Vue { get; private set; } = null!;
    public bool PeutModifier { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? version, CancellationToken ct)
    {
        if (await consultation.FicheAsync(id, version, ct) is not { } vue) return NotFound();
        Vue = vue;
        PeutModifier = (await autorisation.AuthorizeAsync(User, Politiques.PilotageProgrammes)).Succeeded;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(int id, int? version, CancellationToken ct)
    {
        if (await consultation.FicheAsync(id, version, ct) is not { } vue) return NotFound();
        return File(RenduFiche.Pdf(vue), "application/pdf", $"fiche-{vue.Element.Code}{(vue.VersionAffichee is int v ? $"-v{v}" : "")}.pdf");
    }
}
