using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Diagnostic.Rome;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Diagnostic;

public sealed record VersionDiagnostic(int Numero, DateTimeOffset EtabliLe, string AuteurNom);

/// <summary>
/// The current diagnosis (or an older version) read-only, its history, and the orientation it
/// suggests. Showing health/justice details to a reader is journalled each time.
/// </summary>
[Authorize(Policy = Politiques.Diagnostic)]
public sealed class IndexModel(PerimetreDossiers perimetreDossiers,
    AppDbContext db, CurrentUser user, DetailsSensibles sensibles, ReferentielRome rome, ReglesEnVigueur regles, ServiceOrientation orientation) : PageModel
{
    public PersonneDiagnostiquee Personne { get; private set; } = null!;
    public IReadOnlyList<VersionDiagnostic> Versions { get; private set; } = [];
    public Diagnostic? Affiche { get; private set; }
    public bool EstCourant => Affiche is not null && Affiche.Numero == Versions[0].Numero;
    public bool PeutLireDetailsSensibles { get; private set; }
    public Proposition? Proposition { get; private set; }
    public string? NomTypePropose { get; private set; }
    public ReferentielRome Rome => rome;
    /// <summary>The open parcours when an agent may propose the suggested orientation from its current step.</summary>
    public (int Id, int Version)? ParcoursAProposer { get; private set; }

    public async Task<IActionResult> OnGetAsync(int personneId, int? numero, CancellationToken ct)
    {
        var personne = await PersonneDiagnostiquee.ChargerAsync(db, perimetreDossiers, personneId, ct);
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

    /// <summary>
    /// Proposes the orientation the current diagnosis suggests, recomputed here rather than taken from
    /// the form; the orientation service checks scope, role, version and step.
    /// </summary>
    public async Task<IActionResult> OnPostProposerAsync(int personneId, int parcoursId, int version, CancellationToken ct)
    {
        if (await PersonneDiagnostiquee.ChargerAsync(db, perimetreDossiers, personneId, ct) is null) return NotFound();
        var courant = await db.Set<Diagnostic>().AsNoTracking().Where(d => d.PersonneId == personneId).OrderByDescending(d => d.Numero).FirstOrDefaultAsync(ct);
        var parcours = await db.Set<Parcours>().AnyAsync(p => p.Id == parcoursId && p.PersonneId == personneId && p.DateCloture == null, ct);
        if (courant is null || !parcours) return NotFound();
        var proposition = PropositionDiagnostic.Proposer(courant);
        var resultat = await orientation.ProposerAsync(parcoursId, version, proposition.Type, null, OrigineOrientation.Diagnostic, proposition.Motif, ct);
        if (resultat.Reussi) TempData.Confirmer(resultat.Message);
        else TempData.Signaler(resultat.Message);
        return Redirect($"/personnes/{personneId}/diagnostic");
    }

    private async Task ProposerAsync(int personneId, CancellationToken ct)
    {
        Proposition = PropositionDiagnostic.Proposer(Affiche!);
        var parcours = await db.Set<Parcours>().AsNoTracking()
            .Where(p => p.PersonneId == personneId && p.DateCloture == null)
            .Select(p => new { p.Id, p.Version, p.Etape, p.CodeRegles, p.DateEntree }).SingleOrDefaultAsync(ct);
        var jeu = parcours is null ? null : await regles.ParCodeAsync(parcours.CodeRegles, parcours.DateEntree, ct);
        NomTypePropose = jeu?.NomType(Proposition.Type) ?? Proposition.Type.LibelleNational();
        if (parcours is not null && user.A(Role.AgentDepartemental) && TransitionsParcours.EstPermise(parcours.Etape, ActionParcours.ProposerOrientation))
            ParcoursAProposer = (parcours.Id, parcours.Version);
    }
}
