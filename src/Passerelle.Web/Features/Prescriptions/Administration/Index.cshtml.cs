using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Prescriptions.Administration;

/// <summary>The département's delays for unanswered prescriptions ([config], <see cref="ReglesPrescriptions"/>).</summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class IndexModel(AppDbContext db, AuditJournal audit) : PageModel
{
    [BindProperty] public SaisieReglesPrescriptions Saisie { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var regles = await ReglesPrescriptions.EnVigueurAsync(db, ct);
        Saisie = new SaisieReglesPrescriptions { RelanceJours = regles.RelanceJours, ExpirationJours = regles.ExpirationJours, Version = regles.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var regles = await db.Set<ReglesPrescriptions>().FirstOrDefaultAsync(ct);
        if (regles is null) db.Add(regles = new ReglesPrescriptions());
        else db.Entry(regles).Property(r => r.Version).OriginalValue = Saisie.Version;
        (regles.RelanceJours, regles.ExpirationJours) = (Saisie.RelanceJours, Saisie.ExpirationJours);
        audit.Enregistrer(AuditActions.Modification, nameof(ReglesPrescriptions), null, $"Relance à {Saisie.RelanceJours} jours, expiration à {Saisie.ExpirationJours} jours");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, "Ces délais ont été modifiés entre-temps : rechargez la page et recommencez.");
            return Page();
        }
        TempData.Confirmer("Les délais des prescriptions sont enregistrés.");
        return RedirectToPage();
    }
}
