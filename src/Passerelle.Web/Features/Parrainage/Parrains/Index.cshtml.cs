using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Parrainage.Parrains;

/// <summary>The département's mentors: their trade, employer, availability and how many pairings they carry now.</summary>
[Authorize(Policy = Politiques.GestionParrains)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Ligne(int Id, string Nom, string Metier, string? Employeur, string? Disponibilites, DateOnly DateEngagement, bool Actif, int EnCours);

    public IReadOnlyList<Ligne> Parrains { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Parrains = await db.Set<Parrain>().AsNoTracking()
            .Join(db.Users, p => p.UtilisateurId, u => u.Id, (p, u) => new Ligne(p.Id, u.Prenom + " " + u.Nom, p.Metier,
                db.Set<Employeurs.Employeur>().Where(e => e.Id == p.EmployeurId).Select(e => e.RaisonSociale).FirstOrDefault(), p.Disponibilites, p.DateEngagement, p.Actif,
                db.Set<Parrainage>().Count(x => x.ParrainId == p.Id && (x.Statut == StatutParrainage.Propose || x.Statut == StatutParrainage.EnCours))))
            .OrderByDescending(l => l.Actif).ThenBy(l => l.Nom).ToListAsync(ct);
}
