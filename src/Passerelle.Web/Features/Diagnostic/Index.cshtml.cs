using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Diagnostic.Rome;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Diagnostic;

public sealed record VersionDiagnostic(int Numero, DateTimeOffset EtabliLe, string AuteurNom);

/// <summary>
/// The current diagnosis (or an older version) read-only, its history, and the orientation it
/// suggests. Showing health/justice details to a reader is journalled each time.
/// </summary>
[Authorize(Policy = Politiques.Diagnostic)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, DetailsSensibles sensibles, ReferentielRome rome, ReglesEnVigueur regles) : PageModel
{
    public PersonneDiagnostiquee Personne { get; private set; } = null!;
    public IReadOnlyList<VersionDiagnostic> Versions { get; private set; } = [];
    public Diagnostic? Affiche { get; private set; }
    public bool EstCourant => Affiche is not null && Affiche.Numero == Versions[0].Numero;
    public bool PeutLireDetailsSensibles { get; private set; }
    public Proposition? Proposition { get; private set; }
    public string? NomTypePropose { get; private set; }
    public ReferentielRome Rome => rome;

    public async Task<IActionResult> OnGetAsync(int personneId, int? numero, CancellationToken ct)
    {
        var personne = await PersonneDiagnostiquee.ChargerAsync(db, user, personneId, ct);
        if (personne is null) return NotFound();
        Personne = personne;
        var diagnostics = db.Set<Diagnostic>().AsNoTracking().Where(d => d.PersonneId == personneId);
        Versions = await diagnostics.OrderByDescending(d => d.Numero).Select(d => new VersionDiagnostic(d.Numero, d.EtabliLe, d.AuteurNom)).ToListAsync(ct);
        if (Versions.Count == 0) return numero is null ? Page() : NotFound();
        var voulu = numero ?? Versions[0].Numero;
        Affiche = await diagnostics.SingleOrDefaultAsync(d => d.Numero == voulu, ct);
        if (Affiche is null) return NotFound();
        PeutLireDetailsSensibles = await sensibles.PeutLireAsync(Affiche, ct);
        if (PeutLireDetailsSensibles && Affiche.ADetailsSensibles) await sensibles.JournaliserLectureAsync(Affiche, ct);
        if (EstCourant) await ProposerAsync(personneId, ct);
        return Page();
    }

    private async Task ProposerAsync(int personneId, CancellationToken ct)
    {
        Proposition = PropositionDiagnostic.Proposer(Affiche!);
        var parcours = await db.Set<Parcours>().AsNoTracking()
            .Where(p => p.PersonneId == personneId && p.DateCloture == null)
            .Select(p => new { p.CodeRegles, p.DateEntree }).SingleOrDefaultAsync(ct);
        var jeu = parcours is null ? null : await regles.ParCodeAsync(parcours.CodeRegles, parcours.DateEntree, ct);
        NomTypePropose = jeu?.NomType(Proposition.Type) ?? Proposition.Type.LibelleNational();
    }
}
