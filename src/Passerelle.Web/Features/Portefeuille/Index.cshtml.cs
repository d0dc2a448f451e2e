using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Portefeuille;

/// <summary>The signed-in référent's caseload: the persons of their open designations, most urgent deadline first.</summary>
[Authorize(Policy = Politiques.Portefeuille)]
public sealed class IndexModel(RequetePortefeuille portefeuille, AuditJournal audit, HeureLegale heure, CurrentUser user)
    : PageTablePortefeuille(portefeuille, audit, heure)
{
    public Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        user.Id is { } id ? AfficherAsync(id, null, "Portefeuille du référent", ct) : Task.FromResult<IActionResult>(Forbid());
}
