using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Portefeuille.Structure;

/// <summary>
/// A structure head opens one of their référents' caseload: the same table as the portefeuille,
/// limited to the designations in the head's structures. A référent of another structure is a 404.
/// </summary>
[Authorize(Policy = Politiques.CaseloadsStructure)]
public sealed class ReferentModel(VueStructure vue, RequetePortefeuille portefeuille, AuditJournal audit, HeureLegale heure)
    : PageTablePortefeuille(portefeuille, audit, heure)
{
    public string NomReferent { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string userId, CancellationToken ct)
    {
        if (await vue.ReferentDeMesStructuresAsync(userId, ct) is not { } nom) return NotFound();
        NomReferent = nom;
        return await AfficherAsync(userId, vue.Structures, $"Portefeuille de {nom} vu par le responsable de structure", ct);
    }
}
