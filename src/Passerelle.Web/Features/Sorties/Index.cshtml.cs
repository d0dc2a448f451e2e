using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Sorties;

/// <summary>
/// The exits' work list: proposals to confirm and follow-ups due (late, or within the advance a
/// follow-up may be recorded in). An agent sees those of their scope, a référent their own.
/// </summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class IndexModel(AppDbContext db, PerimetreDossiers perimetre, CurrentUser user, HeureLegale heure) : PageModel
{
    public const int Taille = 100;

    public IReadOnlyList<LigneSortieAConfirmer> AConfirmer { get; private set; } = [];
    public IReadOnlyList<LigneSuiviAFaire> Suivis { get; private set; } = [];
    public DateOnly Aujourdhui { get; } = heure.Aujourdhui;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var personnes = perimetre.Filtrer(db.Personnes).Select(p => p.Id);
        var agent = user.A(Role.AgentDepartemental);
        var id = user.Id;
        var sorties = db.Set<Sortie>().AsNoTracking().Where(s => personnes.Contains(s.PersonneId) && (agent || s.ReferentId == id));
        var suivis = FileSorties.SuivisAFaire(db, Aujourdhui.AddDays(RegleSortie.AvanceSuiviJours)).AsNoTracking()
            .Where(s => personnes.Contains(s.PersonneId) && (agent || s.ReferentId == id));
        AConfirmer = await FileSorties.AConfirmer(sorties).Take(Taille).ToListAsync(ct);
        Suivis = await FileSorties.Lignes(suivis).Take(Taille).ToListAsync(ct);
    }
}
