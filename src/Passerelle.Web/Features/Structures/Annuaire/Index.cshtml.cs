using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Structures.Annuaire;

[Authorize(Policy = Politiques.AnnuaireStructures)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, CommunesDuDepartement communes, Communes.Communes referentiel) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int Numero { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public TypeStructure? Type { get; set; }

    public Page<LigneStructure> Resultats { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);
    public IReadOnlyList<SelectListItem> Types { get; } = TypeStructureLibelles.Options("Tous les types");

    public async Task OnGetAsync(CancellationToken ct)
    {
        var visibles = db.Structures.AsNoTracking().Where(s => s.Actif).Visibles(new Perimetre(user.Habilitations));
        var requete = await new FiltreStructures(Q, Type, null).AppliquerAsync(visibles, communes, ct);
        var page = await requete.OrderBy(s => s.Nom).ThenBy(s => s.Id).PaginerAsync(Numero, null, ct);
        Resultats = page.Convertir(s => LigneStructure.Depuis(s, referentiel));
    }
}
