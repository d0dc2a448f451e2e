using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Iae.PagePersonne;

/// <summary>The exit form of the IAE section, through <see cref="ServiceIae"/>.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class ActionsModel(AppDbContext db, PerimetreDossiers perimetre, ServiceIae service) : ActionsPersonne(perimetre, db)
{
    protected override string Ancre => "iae";

    public Task<IActionResult> OnPostSortieAsync(int id, int parcours, int version, DateOnly? date, MotifSortieIae? motif, CancellationToken ct) =>
        AgirAsync(id, async () => (await service.SortirAsync(parcours, version, date, motif, ct)).Resultat);
}
