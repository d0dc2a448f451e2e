using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Administration;

/// <summary>The département's EP rules ([config] <see cref="ReglesEp"/>): the reminders' calendar, the detection thresholds, the bareme.</summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class ReglesModel(AppDbContext db, AuditJournal audit) : PageModel
{
    [BindProperty] public SaisieReglesEp Saisie { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Saisie = SaisieReglesEp.Depuis(await ReglesEp.EnVigueurAsync(db, ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var regles = await db.Set<ReglesEp>().FirstOrDefaultAsync(ct);
        if (regles is null) db.Add(regles = new ReglesEp());
        else db.Entry(regles).Property(r => r.Version).OriginalValue = Saisie.Version;
        Saisie.Appliquer(regles);
        audit.Enregistrer(AuditActions.Modification, nameof(ReglesEp), null,
            $"Relances {Saisie.PremiereRelanceJours} / +{Saisie.IntervalleRelancesJours} jours × {Saisie.NombreRelances} ; absences {Saisie.AbsencesPourSignalement} en {Saisie.PeriodeAbsencesMois} mois ; "
            + $"maintien social {Saisie.MaintienSocialMois} mois ; réduction {Saisie.MontantReduction} € × {Saisie.DureeReductionMois} mois");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, "Ces règles ont été modifiées entre-temps : rechargez la page et recommencez.");
            return Page();
        }
        TempData.Confirmer("Les règles des équipes pluridisciplinaires sont enregistrées.");
        return RedirectToPage();
    }
}
