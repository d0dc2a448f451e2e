using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Departements;

[Authorize(Policy = Politiques.AdministrationPlateforme)]
public sealed class ListeModel(AppDbContext db) : PageModel
{
    public sealed record Ligne(int Id, string Code, string Nom, bool Actif, int Comptes);

    public IReadOnlyList<Ligne> Departements { get; private set; } = [];

    public async Task OnGetAsync() =>
        Departements = await db.Departements
            .OrderBy(d => d.Code)
            .Select(d => new Ligne(d.Id, d.Code, d.Nom, d.Actif, db.Users.Count(u => u.DepartementId == d.Id && u.Actif)))
            .ToListAsync();
}
