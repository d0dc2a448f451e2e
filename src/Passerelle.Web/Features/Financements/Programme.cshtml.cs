using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Financements;

/// <summary>A programme's planned budget per fiche-action beside the execution of the fiches' actions, with its totals.</summary>
[Authorize(Policy = Politiques.Financements)]
public sealed class FinancementsProgrammeModel(BudgetProgramme budget) : PageModel
{
    public BudgetDuProgramme Budget { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await budget.LireAsync(id, ct) is not { } lu) return NotFound();
        Budget = lu;
        return Page();
    }
}
