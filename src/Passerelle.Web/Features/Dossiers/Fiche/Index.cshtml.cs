using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Dossiers.Fiche;

/// <summary>The dossier page: foyer, persons, rights and their history, imports. Every read is recorded in the audit journal.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class IndexModel(PerimetreDossiers perimetreDossiers, AppDbContext db, AuditJournal audit, ProtectionNir protection) : PageModel
{
    public FicheDossier Fiche { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var fiche = await FicheDossier.ChargerAsync(db, perimetreDossiers, protection, id, ct);
        if (fiche is null) return NotFound();
        await audit.EnregistrerMaintenantAsync(AuditActions.Consultation, nameof(DossierRsa), id, ct: ct);
        Fiche = fiche;
        return Page();
    }
}
