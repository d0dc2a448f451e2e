using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Courriers;

/// <summary>
/// One letter of the person's delivery journal as a PDF, to print it again (a lost or returned
/// letter). Same scope as the person's page; each download is audited, the letter holding personal data.
/// </summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class CourrierModel(PerimetreDossiers perimetreDossiers, AppDbContext db, CourriersPersonne courriers, AuditJournal audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int envoiId, CancellationToken ct)
    {
        if (!await perimetreDossiers.Filtrer(db.Personnes).AnyAsync(p => p.Id == id, ct)) return NotFound();
        var courrier = await courriers.RefaireAsync(id, envoiId, ct);
        if (courrier is null) return NotFound();
        await audit.EnregistrerMaintenantAsync(AuditActions.Export, nameof(Personne), id, $"Courrier {envoiId} téléchargé (PDF)", ct: ct);
        return File(RenduCourrier.Pdf(courrier), "application/pdf", $"courrier-{envoiId}.pdf");
    }
}
