using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Conservation;

/// <summary>
/// The département's retention: its duration, the simulation of what is past it, and the run,
/// which asks for an explicit confirmation. The daily job may be turned on only here.
/// </summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class AdministrationModel(AppDbContext db, ExecutionConservation execution, AuditJournal audit) : PageModel
{
    [BindProperty] public SaisieConservation Saisie { get; set; } = new();
    [BindProperty] public bool Confirmation { get; set; }
    public RapportConservation? Rapport { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var regles = await execution.ReglesAsync(ct);
        Saisie = new SaisieConservation { DureeMois = regles.DureeMois, AnonymisationAutomatique = regles.AnonymisationAutomatique, Version = regles.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var regles = await db.Set<ReglesConservation>().FirstOrDefaultAsync(ct);
        if (regles is null) db.Add(regles = new ReglesConservation());
        else db.Entry(regles).Property(r => r.Version).OriginalValue = Saisie.Version;
        (regles.DureeMois, regles.AnonymisationAutomatique) = (Saisie.DureeMois, Saisie.AnonymisationAutomatique);
        audit.Enregistrer(AuditActions.Modification, "Conservation", null,
            $"Conservation de {Saisie.DureeMois} mois, anonymisation quotidienne {(Saisie.AnonymisationAutomatique ? "activée" : "désactivée")}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, "Les règles de conservation ont été modifiées entre-temps : rechargez la page et recommencez.");
            return Page();
        }
        TempData.Confirmer("Les règles de conservation sont enregistrées.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSimulerAsync(CancellationToken ct)
    {
        ModelState.Clear();
        await OnGetAsync(ct);
        Rapport = await execution.SimulerAsync(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAnonymiserAsync(CancellationToken ct)
    {
        if (!Confirmation)
        {
            TempData.Signaler("Cochez la case de confirmation pour lancer l'anonymisation.");
            return RedirectToPage();
        }
        var (personnes, foyers) = await execution.AnonymiserAsync(null, ct);
        TempData.Confirmer($"{personnes} personne(s) et {foyers} foyer(s) ont été anonymisés.");
        return RedirectToPage();
    }
}
