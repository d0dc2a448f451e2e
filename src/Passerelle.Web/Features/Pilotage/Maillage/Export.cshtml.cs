using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Export;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Pilotage.Maillage;

/// <summary>
/// The maillage table as CSV or XLSX. « partenaires » applies statistical secrecy for a table leaving the département; a viewer
/// who reads under secrecy (pilot, reader) always gets it, whatever the flag.
/// </summary>
[Authorize(Policy = Politiques.Pilotage)]
public sealed class ExportModel(ConsultationMaillage consultation, HeureLegale heure) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int? annee, string? format, bool partenaires, CancellationToken ct)
    {
        var an = annee ?? heure.Aujourdhui.Year;
        if (!ExportTableau.EstConnu(format)) return BadRequest("Format d'export inconnu : choisissez csv ou xlsx.");
        if (consultation.VerifierAnnee(an) is { } erreur) return BadRequest(erreur);
        var vue = await consultation.LireAsync(an, ct);
        var secret = partenaires || vue.Secret;
        Response.ContentType = ExportTableau.TypeContenu(format!);
        Response.Headers.ContentDisposition = $"attachment; filename=\"{ExportTableau.NomFichier($"maillage-{an}", format!, secret)}\"";
        await ExportTableau.EcrireAsync(vue.Statistique.Tableau, format!, secret, "Maillage", Response.Body, ct);
        return new EmptyResult();
    }
}
