using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Audit;

/// <summary>The département's audit journal (the query filter keeps other départements out), and its CSV export.</summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class JournalModel(AppDbContext db, AuditJournal audit, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public FiltreJournal Filtre { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int Numero { get; set; } = 1;

    public Page<AuditEntry> Resultats { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);
    public IReadOnlyList<SelectListItem> Actions { get; } =
        [new("Toutes les actions", ""), .. AuditActions.Libelles.Select(l => new SelectListItem(l.Libelle, l.Action))];
    public IReadOnlyList<SelectListItem> Objets { get; private set; } = [];
    /// <summary>The names of the accounts the page's entries are about, so that no identifier shows.</summary>
    public IReadOnlyDictionary<string, string> NomsComptes { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        await PreparerAsync();
        if (!Filtre.Verifier(ModelState, nameof(Filtre))) return;
        Resultats = await Filtre.Appliquer(db.Audit.AsNoTracking(), heure).PaginerAsync(Numero);
        var comptes = Resultats.Elements.Where(a => a.Objet == "Utilisateur" && a.ObjetId is not null).Select(a => a.ObjetId!).Distinct().ToList();
        NomsComptes = await db.Users.Where(u => comptes.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => $"{u.Prenom} {u.Nom}");
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (!Filtre.Verifier(ModelState, nameof(Filtre)))
        {
            await PreparerAsync();
            return Page();
        }
        // Exporting the journal is itself a read worth recording.
        await audit.EnregistrerMaintenantAsync(AuditActions.Export, "JournalAudit", details: Decrire(), ct: ct);
        var nom = $"journal-audit-{heure.Maintenant:yyyyMMdd-HHmmss}.csv";
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{nom}\"";
        await ExportJournal.EcrireAsync(Filtre.Appliquer(db.Audit, heure), heure, Response.Body, ct);
        return new EmptyResult();
    }

    private async Task PreparerAsync()
    {
        var objets = await db.Audit.Where(a => a.Objet != null).Select(a => a.Objet!).Distinct().OrderBy(o => o).ToListAsync();
        Objets = [new("Tous les objets", ""), .. objets.Select(o => new SelectListItem(ObjetsAudit.Libelle(o), o))];
    }

    private string Decrire() =>
        $"Filtre : du {Filtre.Du:yyyy-MM-dd} au {Filtre.Au:yyyy-MM-dd}, action {Filtre.Action}, utilisateur {Filtre.Utilisateur}, objet {Filtre.Objet} {Filtre.ObjetId}";
}
