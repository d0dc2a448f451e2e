using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Territoires.Administration;

[Authorize(Policy = Politiques.Administration)]
public sealed class IndexModel(AppDbContext db, CommunesDuDepartement communes) : PageModel
{
    public sealed record Ligne(int Id, string Nom, int Communes, int Structures, bool Actif);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int Numero { get; set; } = 1;

    public Page<Ligne> Resultats { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var requete = db.Territoires.AsQueryable();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var texte = Q.Trim().ToLower();
            var codes = (await communes.RechercherAsync(Q, ct)).Select(c => c.CodeInsee).ToList();
            requete = requete.Where(t => t.Nom.ToLower().Contains(texte) || t.Communes.Any(c => codes.Contains(c.CodeInsee)));
        }
        Resultats = await requete
            .OrderBy(t => t.Nom)
            .Select(t => new Ligne(t.Id, t.Nom, t.Communes.Count,
                db.Set<Structures.StructureTerritoire>().Count(s => s.TerritoireId == t.Id), t.Actif))
            .PaginerAsync(Numero, null, ct);
    }
}
