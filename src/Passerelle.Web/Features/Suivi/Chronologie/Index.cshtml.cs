using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Suivi.Chronologie;

/// <summary>The person's whole parcours in one timeline, filterable by nature and period, 50 entries a page.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class IndexModel(AppDbContext db, PerimetreDossiers perimetre, ChronologiePersonne chronologie, AuditJournal audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Nature { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Du { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Au { get; set; }
    [BindProperty(SupportsGet = true, Name = Pagination.Parametre)] public int Numero { get; set; } = 1;

    public Personne Personne { get; private set; } = null!;
    public PageChronologie Chronologie { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var personne = await perimetre.Filtrer(db.Personnes.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (personne is null) return NotFound();
        Personne = personne;
        if (Du is { } du && Au is { } au && au < du) ModelState.AddModelError(nameof(Au), "La fin de la période précède son début.");
        var filtre = ModelState.IsValid ? new FiltreChronologie(string.IsNullOrEmpty(Nature) ? null : Nature, Du, Au) : new FiltreChronologie(null, null, null);
        Chronologie = await chronologie.LireAsync(personne, filtre, Numero, null, ct);
        await audit.EnregistrerMaintenantAsync(AuditActions.Consultation, nameof(Personne), id, "Parcours", ct: ct);
        return Page();
    }
}
