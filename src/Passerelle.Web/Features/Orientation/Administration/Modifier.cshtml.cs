using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Orientation.Administration;

/// <summary>
/// Edits a département's set. Parcours keep the deadlines computed when they were opened or last
/// moved; the page says so rather than recomputing thousands of rows behind the agent's back.
/// </summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class ModifierModel(AppDbContext db, AuditJournal audit) : PageModel, IFormulaireJeuRegles
{
    public const string ModifieEntreTemps =
        "Ce jeu de règles a été modifié entre-temps par quelqu'un d'autre. Rechargez la page pour voir sa version actuelle, puis refaites vos changements.";

    [BindProperty] public SaisieJeuRegles Saisie { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    public bool Creation => false;
    public string Code { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var jeu = await db.Set<JeuRegles>().AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct);
        if (jeu is null) return NotFound();
        (Code, Version, Saisie) = (jeu.Code, jeu.Version, SaisieJeuRegles.Depuis(jeu));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var jeu = await db.Set<JeuRegles>().SingleOrDefaultAsync(j => j.Id == id, ct);
        if (jeu is null) return NotFound();
        Code = jeu.Code;
        var autres = await db.Set<JeuRegles>().AsNoTracking().Where(j => j.Id != id).ToListAsync(ct);
        var erreurs = Saisie.Verifier(jeu, creation: false, autres);
        if (erreurs.Count > 0 || !ModelState.IsValid)
        {
            foreach (var (champ, messages) in erreurs) messages.ForEach(m => ModelState.AddModelError($"Saisie.{champ}", m));
            return Page();
        }
        db.Entry(jeu).Property(j => j.Version).OriginalValue = Version;
        audit.Enregistrer(AuditActions.Modification, nameof(JeuRegles), jeu.Code,
            $"Champs modifiés : {string.Join(", ", db.Entry(jeu).Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name))}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, ModifieEntreTemps);
            return Page();
        }
        TempData.Confirmer($"Le jeu de règles « {jeu.Code} » a été modifié.");
        return Redirect("/administration/orientation");
    }
}
