using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Immersions.PagePersonne;

/// <summary>The renewal and outcome forms of the immersions section, through <see cref="ServiceImmersions"/>.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class ActionsModel(AppDbContext db, PerimetreDossiers perimetre, ServiceImmersions service) : ActionsPersonne(perimetre, db)
{
    protected override string Ancre => "immersions";

    public Task<IActionResult> OnPostRenouvelerAsync(int id, int immersion, int version, DateOnly? fin, CancellationToken ct) =>
        AgirAsync(id, async () => (await service.RenouvelerAsync(immersion, version, fin, ct)).Resultat);

    public Task<IActionResult> OnPostIssueAsync(int id, int immersion, int version, IssueImmersion? issue, CancellationToken ct) =>
        AgirAsync(id, async () => (await service.EnregistrerIssueAsync(immersion, version, issue, ct)).Resultat);
}
