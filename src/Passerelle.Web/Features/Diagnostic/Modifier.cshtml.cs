using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Diagnostic.Rome;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Diagnostic;

/// <summary>Establishes or updates the diagnosis: the form starts from the current version, the save adds a new one.</summary>
[Authorize(Policy = Politiques.Diagnostic)]
public sealed class ModifierModel(PerimetreDossiers perimetreDossiers, AppDbContext db, DetailsSensibles sensibles, ReferentielRome rome, EnregistrementDiagnostic enregistrement) : PageModel
{
    [BindProperty] public SaisieDiagnostic Saisie { get; set; } = new();
    public PersonneDiagnostiquee Personne { get; private set; } = null!;
    /// <summary>False when the current version holds health/justice details this user may not read: they are kept as they are.</summary>
    public bool PeutModifierDetailsSensibles { get; private set; }

    public async Task<IActionResult> OnGetAsync(int personneId, CancellationToken ct)
    {
        if (await PreparerAsync(personneId, ct) is not { } courant) return NotFound();
        var lisible = courant.Diagnostic is { } actuel && await sensibles.PeutLireAsync(actuel, ct);
        Saisie = SaisieDiagnostic.Depuis(courant.Diagnostic, rome, lisible);
        if (lisible && courant.Diagnostic is { ADetailsSensibles: true } d) await sensibles.JournaliserLectureAsync(d, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int personneId, CancellationToken ct)
    {
        if (await PreparerAsync(personneId, ct) is null) return NotFound();
        if (ModelState.IsValid)
        {
            var resultat = await enregistrement.EnregistrerAsync(personneId, Saisie, ct);
            if (resultat.Reussi)
            {
                TempData.Confirmer($"Le diagnostic est enregistré (version n° {resultat.Numero}).");
                return Redirect($"/personnes/{personneId}/diagnostic");
            }
            foreach (var (champ, message) in resultat.Erreurs)
                ModelState.AddModelError(champ.Length == 0 ? "" : $"Saisie.{champ}", message);
        }
        return Page();
    }

    private sealed record Courant(Diagnostic? Diagnostic);

    private async Task<Courant?> PreparerAsync(int personneId, CancellationToken ct)
    {
        var personne = await PersonneDiagnostiquee.ChargerAsync(db, perimetreDossiers, personneId, ct);
        if (personne is null) return null;
        Personne = personne;
        var diagnostic = await db.Set<Diagnostic>().AsNoTracking().Where(d => d.PersonneId == personneId).OrderByDescending(d => d.Numero).FirstOrDefaultAsync(ct);
        PeutModifierDetailsSensibles = await sensibles.PeutModifierAsync(diagnostic, ct);
        return new Courant(diagnostic);
    }
}
