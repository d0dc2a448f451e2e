using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Diagnostic.Rome;

namespace Passerelle.Web.Features.Immersions.Indicateurs;

public sealed record ImmersionsParRome(string CodeRome, string? Metier, int Nombre, int Embauches);

public sealed record ChiffresImmersions(int Annee, int Commencees, int Renouvelees, IReadOnlyDictionary<IssueImmersion, int> ParIssue, int SansIssue,
    IReadOnlyList<ImmersionsParRome> ParRome);

/// <summary>The immersions begun in a civil year (docs/indicators.md, « Immersions »): by outcome and by ROME trade, from the immersions themselves.</summary>
public sealed class IndicateursImmersions(AppDbContext db, ReferentielRome rome)
{
    public async Task<ChiffresImmersions> CalculerAsync(int annee, CancellationToken ct)
    {
        var (du, au) = (new DateOnly(annee, 1, 1), new DateOnly(annee, 12, 31));
        var lignes = await db.Set<Immersion>().AsNoTracking().Where(i => i.DateDebut >= du && i.DateDebut <= au)
            .Select(i => new { i.CodeRome, i.Issue, Renouvelee = i.DateFinRenouvellement != null }).ToListAsync(ct);
        return new ChiffresImmersions(annee, lignes.Count, lignes.Count(l => l.Renouvelee),
            Enum.GetValues<IssueImmersion>().ToDictionary(x => x, x => lignes.Count(l => l.Issue == x)), lignes.Count(l => l.Issue is null),
            [.. lignes.GroupBy(l => l.CodeRome).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ImmersionsParRome(g.Key, rome.Trouver(g.Key)?.Libelle, g.Count(), g.Count(l => l.Issue == IssueImmersion.Embauche)))]);
    }
}
