using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;

namespace Passerelle.Web.Features.Clauses;

public sealed record TotalClause(string Libelle, int Prevues, decimal Realisees)
{
    public decimal Etp => ReglesHeuresClause.Etp(Realisees);
}

public sealed record AnneeClause(int Annee, int Prevues, decimal Realisees, int Participants)
{
    public decimal Etp => ReglesHeuresClause.Etp(Realisees);
}

public sealed record Tableau(int De, int A, IReadOnlyList<AnneeClause> Annees, IReadOnlyList<TotalClause> ParMarche, IReadOnlyList<TotalClause> ParEmployeur,
    IReadOnlyList<TotalClause> ParTerritoire, IReadOnlyList<TotalClause> ParFiche);

/// <summary>
/// The clause hours of a period (whole calendar years): planned (the contracts' plans), completed (the monthly entries,
/// dated by their month) and their full-time equivalents (<see cref="ReglesHeuresClause.HeuresParEtp"/>), by year, then by
/// contract, by employer or SIAE, by territoire and by fiche-action. Sarthe's I5b indicator (« heures d'insertion
/// réalisées dans les marchés ») and Indre-et-Loire's yearly clause hours are the « réalisées » of one year.
/// Five years of a département's entries cost a few hundred milliseconds to add up, and the figures change only when
/// hours, plans or contracts are written (a few times a month): the table is kept by <see cref="CacheDepartement"/>
/// per period and perimeter until the next such write (<see cref="SuiviEcritures"/> follows those tables).
public sealed class TableauClauses(AppDbContext db, AccesClauses acces, CacheDepartement cache)
{
    public const int AnneesMaximum = 10;

    /// <summary>The years a clause can be counted in: the first clauses date from the 2000s; beyond, a typing error.</summary>
    public const int AnneeMin = 1990, AnneeMax = 2100;

    public Task<Tableau> CalculerAsync(int de, int a, CancellationToken ct)
    {
        (de, a) = (Math.Clamp(de, AnneeMin, AnneeMax), Math.Clamp(a, AnneeMin, AnneeMax));
        if (a < de) (de, a) = (a, de);
        if (a - de >= AnneesMaximum) de = a - AnneesMaximum + 1;
        var perimetre = acces.TotauxDuDepartement ? "departement" : string.Join(',', acces.Territoires.Order());
        return cache.ObtenirAsync(db, $"clauses:{de}-{a}:{perimetre}", Lues, c => CalculerSansCacheAsync(de, a, c), ct);
    }

    /// <summary>
    /// The tables the dashboard reads, so that only their writes recompute it. A fiche-action's code is not among them:
    /// renamed a few times in a programme's life, it shows at most <see cref="CacheDepartement.Duree"/> late.
    /// </summary>
    private static readonly Type[] Lues =
        [typeof(MarcheClause), typeof(PlanClause), typeof(HeuresClause), typeof(Employeurs.Employeur), typeof(Structures.Structure), typeof(Territoires.Territoire)];

    private async Task<Tableau> CalculerSansCacheAsync(int de, int a, CancellationToken ct)
    {
        var (debut, fin) = (new DateOnly(de, 1, 1), new DateOnly(a, 12, 1));
        var marches = acces.Comptes(db.Set<MarcheClause>().AsNoTracking());
        var tous = acces.TotauxDuDepartement;
        var heures = db.Set<HeuresClause>().AsNoTracking().Where(h => h.Mois >= debut && h.Mois <= fin);
        if (!tous) heures = heures.Where(h => marches.Select(m => m.Id).Contains(h.MarcheClauseId));
        var plan = db.Set<PlanClause>().AsNoTracking().Where(p => p.Mois >= debut && p.Mois <= fin);
        if (!tous) plan = plan.Where(p => marches.Select(m => m.Id).Contains(p.MarcheClauseId));

        var realisees = await heures.GroupBy(h => new { h.MarcheClauseId, h.Mois.Year, h.EmployeurId, h.StructureId })
            .Select(g => new { g.Key.MarcheClauseId, Annee = g.Key.Year, g.Key.EmployeurId, g.Key.StructureId, Heures = g.Sum(h => h.Heures) }).ToListAsync(ct);
        var prevues = await plan.GroupBy(p => new { p.MarcheClauseId, p.Mois.Year })
            .Select(g => new { g.Key.MarcheClauseId, Annee = g.Key.Year, Heures = g.Sum(p => p.Heures) }).ToListAsync(ct);
        var participants = await heures.GroupBy(h => h.Mois.Year).Select(g => new { Annee = g.Key, N = g.Select(h => h.ParticipantClauseId).Distinct().Count() }).ToListAsync(ct);
        var ids = realisees.Select(r => r.MarcheClauseId).Concat(prevues.Select(p => p.MarcheClauseId)).Distinct().ToList();
        var infos = await marches.Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.Numero, m.Objet, m.TerritoireId, m.FicheActionId }).ToDictionaryAsync(m => m.Id, ct);
        var territoires = await db.Territoires.Select(t => new { t.Id, t.Nom }).ToDictionaryAsync(t => t.Id, t => t.Nom, ct);
        var idsFiches = infos.Values.Where(m => m.FicheActionId != null).Select(m => m.FicheActionId!.Value).Distinct().ToList();
        var fiches = await db.Set<Programmes.ElementProgramme>().Where(e => idsFiches.Contains(e.Id)).Select(e => new { e.Id, e.Code }).ToDictionaryAsync(e => e.Id, e => e.Code, ct);
        var idsEmployeurs = realisees.Where(r => r.EmployeurId != null).Select(r => r.EmployeurId!.Value).Distinct().ToList();
        var employeurs = await db.Set<Employeurs.Employeur>().Where(e => idsEmployeurs.Contains(e.Id)).Select(e => new { e.Id, e.RaisonSociale }).ToDictionaryAsync(e => e.Id, e => e.RaisonSociale, ct);
        var idsStructures = realisees.Where(r => r.StructureId != null).Select(r => r.StructureId!.Value).Distinct().ToList();
        var structures = await db.Structures.Where(s => idsStructures.Contains(s.Id)).Select(s => new { s.Id, s.Nom }).ToDictionaryAsync(s => s.Id, s => s.Nom, ct);

        var annees = Enumerable.Range(de, a - de + 1).Select(y => new AnneeClause(y, prevues.Where(p => p.Annee == y).Sum(p => p.Heures),
            realisees.Where(r => r.Annee == y).Sum(r => r.Heures), participants.FirstOrDefault(p => p.Annee == y)?.N ?? 0)).ToList();
        List<TotalClause> Par(Func<int, string> cle) =>
            Trier(prevues.Select(p => (Cle: cle(p.MarcheClauseId), Prevues: p.Heures, Realisees: 0m))
                .Concat(realisees.Select(r => (Cle: cle(r.MarcheClauseId), Prevues: 0, Realisees: r.Heures))));
        string Marche(int id) => infos.TryGetValue(id, out var m) ? $"{m.Numero} – {m.Objet}" : "—";
        string Territoire(int id) => infos.TryGetValue(id, out var m) && m.TerritoireId is int t && territoires.TryGetValue(t, out var n) ? n : "Sans territoire";
        string Fiche(int id) => infos.TryGetValue(id, out var m) && m.FicheActionId is int f && fiches.TryGetValue(f, out var c) ? c : "Sans fiche-action";
        string Employeur(int? e, int? s) => e is int ei && employeurs.TryGetValue(ei, out var n) ? n : s is int si && structures.TryGetValue(si, out var sn) ? $"{sn} (SIAE)" : "Employeur non renseigné";
        // Plans are per contract, not per employer: the employer view shows completed hours only.
        var parEmployeur = Trier(realisees.Select(r => (Cle: Employeur(r.EmployeurId, r.StructureId), Prevues: 0, Realisees: r.Heures)));
        return new Tableau(de, a, annees, Par(Marche), parEmployeur, Par(Territoire), Par(Fiche));
    }

    private static List<TotalClause> Trier(IEnumerable<(string Cle, int Prevues, decimal Realisees)> lignes) =>
        [.. lignes.GroupBy(x => x.Cle).Select(g => new TotalClause(g.Key, g.Sum(x => x.Prevues), g.Sum(x => x.Realisees)))
            .OrderByDescending(t => t.Realisees).ThenBy(t => t.Libelle, StringComparer.Ordinal)];
}
