using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Personnes;

/// <summary>
/// The person page: a summary band (<see cref="BandeauPersonne"/>), then the sections the features registered
/// (<see cref="ISectionPersonne"/>), each loaded for this viewer. Found only within the user's scope;
/// every read is audited.
/// </summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class IndexModel(AppDbContext db, PerimetreDossiers perimetre, IEnumerable<ISectionPersonne> sections,
    IEnumerable<IContributionResume> contributions, AuditJournal audit, HeureLegale heure) : PageModel
{
    public Personne Personne { get; private set; } = null!;
    public IReadOnlyList<SectionChargee> Sections { get; private set; } = [];
    public BandeauPersonne Bandeau { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var personne = await perimetre.Filtrer(db.Personnes.AsNoTracking()).Include(p => p.DossierCourant).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (personne is null) return NotFound();
        Personne = personne;
        Bandeau = await BandeauPersonne.ComposerAsync(personne, contributions, heure.Aujourdhui, ct);
        var chargees = new List<SectionChargee>();
        foreach (var section in sections.OrderBy(s => s.Ordre))
            if (await section.ChargerAsync(personne, ct) is { } modele) chargees.Add(new(section.Vue, modele, section.Sommaire));
        Sections = chargees;
        await audit.EnregistrerMaintenantAsync(AuditActions.Consultation, nameof(Personne), id, ct: ct);
        return Page();
    }

    /// <summary>The page takes no action itself: each feature's actions post to its own page (decision 0012).</summary>
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);
}
