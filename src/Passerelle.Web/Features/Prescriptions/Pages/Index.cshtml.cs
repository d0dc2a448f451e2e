using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Prescriptions.Pages;

/// <summary>
/// The prescriptions a user reaches: for an operator, the queue of their structures with the attendance sheets of
/// their actions; for a référent, those of their caseload. Filtered by status and action.
/// </summary>
[Authorize(Policy = Politiques.Prescriptions)]
public sealed class IndexModel(ConsultationPrescriptions consultation, AccesPrescriptions acces, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public StatutPrescription? Statut { get; set; }
    [BindProperty(SupportsGet = true)] public int? ActionId { get; set; }
    /// <summary>« tout » lists ended prescriptions too; by default only those still going on.</summary>
    [BindProperty(SupportsGet = true)] public bool Toutes { get; set; }

    public IReadOnlyList<LignePrescription> Lignes { get; private set; } = [];
    public IReadOnlyList<(int Id, string Nom)> ActionsOperees { get; private set; } = [];
    public bool Operateur => acces.StructuresOperees.Count > 0;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Lignes = await consultation.ListerAsync(new FiltrePrescriptions(Statut, ActionId, !Toutes), ct);
        var structures = acces.StructuresOperees;
        if (structures.Count > 0)
            ActionsOperees = [.. (await db.Set<ActionInsertion>().AsNoTracking().Where(a => structures.Contains(a.StructureId)).OrderBy(a => a.Nom)
                .Select(a => new { a.Id, a.Nom }).ToListAsync(ct)).Select(a => (a.Id, a.Nom))];
    }
}
