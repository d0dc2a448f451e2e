using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Export;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions.Pages;

/// <summary>The list of sanctions for the CAF (<see cref="ExportSanctionsCaf"/>): agents of the whole département only.</summary>
[Authorize(Policy = ExportSanctionsCaf.Politique)]
public sealed class SanctionsCafModel(ExportSanctionsCaf export, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? Du { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Au { get; set; }
    public string? Erreur { get; private set; }

    /// <summary>The previous calendar month by default: the usual monthly transmission.</summary>
    public void OnGet()
    {
        var debutDuMois = new DateOnly(heure.Aujourdhui.Year, heure.Aujourdhui.Month, 1);
        (Du, Au) = (Du ?? debutDuMois.AddMonths(-1), Au ?? debutDuMois.AddDays(-1));
    }

    public async Task<IActionResult> OnGetTelechargerAsync(CancellationToken ct)
    {
        if (Du is not { } du || Au is not { } au || du > au)
        {
            Erreur = "Indiquez la période : une date de début et une date de fin, la première avant la seconde.";
            return Page();
        }
        Response.ContentType = EcritureTableur.TypeCsv;
        Response.Headers.ContentDisposition = $"attachment; filename=\"{ExportSanctionsCaf.NomFichier(du, au)}\"";
        await export.EcrireAsync(du, au, Response.Body, ct);
        return new EmptyResult();
    }
}
