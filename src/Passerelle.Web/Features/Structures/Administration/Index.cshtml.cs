using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Structures.Administration;

[Authorize(Policy = Politiques.Administration)]
public sealed class IndexModel(AppDbContext db, CommunesDuDepartement communes, Communes.Communes referentiel) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int Numero { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public TypeStructure? Type { get; set; }
    [BindProperty(SupportsGet = true)] public int? Territoire { get; set; }

    public Page<LigneStructure> Resultats { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);
    public IReadOnlyList<SelectListItem> Types { get; } = TypeStructureLibelles.Options("Tous les types");
    public IReadOnlyList<SelectListItem> Territoires { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Territoires = [new SelectListItem("Tous les territoires", ""), .. await db.Territoires.OrderBy(t => t.Nom)
            .Select(t => new SelectListItem(t.Actif ? t.Nom : t.Nom + " (désactivé)", t.Id.ToString())).ToListAsync(ct)];
        var requete = await new FiltreStructures(Q, Type, Territoire).AppliquerAsync(db.Structures.AsNoTracking(), communes, ct);
        var page = await requete.OrderBy(s => s.Nom).ThenBy(s => s.Id).PaginerAsync(Numero, null, ct);
        Resultats = page.Convertir(s => LigneStructure.Depuis(s, referentiel));
    }
}
