using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Financements;

/// <summary>One funder's amounts over a period and its share of the total voted (null when nothing is voted).</summary>
public sealed record TotalFinanceur(Financeur Financeur, decimal Vote, decimal Engage, decimal Paye, decimal? TauxCofinancement);

/// <summary>What an action's funding comes to over a period (definitions in docs/indicators.md, « Financements »).</summary>
public sealed record SyntheseFinancement(DateOnly Du, DateOnly Au, IReadOnlyList<TotalFinanceur> ParFinanceur, decimal Vote, decimal Engage, decimal Paye,
    int PlacesFinancees, int Participants, decimal? CoutParPlace, decimal? CoutParParticipant);

public sealed record MontantsLigne(Financeur Financeur, DateOnly Debut, DateOnly Fin, decimal Vote, decimal Engage, decimal Paye);

public sealed record PeriodePlaces(DateOnly Debut, DateOnly Fin, int Places);

public sealed record EntreeParticipant(int PersonneId, DateOnly Entree);

/// <summary>
/// The figures of an action's funding over a period [du, au]: the lines and the funded places whose period overlaps it,
/// the distinct persons who entered the action within it. Co-financing rate: a funder's voted amount over the total
/// voted; cost per funded place: total voted over the sum of those places; cost per participant: total voted over
/// those persons. A line is counted whole, not prorated: funders vote for a period, not per day.
/// </summary>
public static class SyntheseFinancements
{
    public static SyntheseFinancement Calculer(IEnumerable<MontantsLigne> lignes, IEnumerable<PeriodePlaces> places, IEnumerable<EntreeParticipant> entrees,
        DateOnly du, DateOnly au)
    {
        var retenues = lignes.Where(l => l.Debut <= au && l.Fin >= du).ToList();
        var vote = retenues.Sum(l => l.Vote);
        var parFinanceur = retenues.GroupBy(l => l.Financeur).OrderBy(g => g.Key)
            .Select(g => new TotalFinanceur(g.Key, g.Sum(l => l.Vote), g.Sum(l => l.Engage), g.Sum(l => l.Paye), Part(g.Sum(l => l.Vote), vote)))
            .ToList();
        var placesFinancees = places.Where(p => p.Debut <= au && p.Fin >= du).Sum(p => p.Places);
        var participants = entrees.Where(e => e.Entree >= du && e.Entree <= au).Select(e => e.PersonneId).Distinct().Count();
        return new SyntheseFinancement(du, au, parFinanceur, vote, retenues.Sum(l => l.Engage), retenues.Sum(l => l.Paye), placesFinancees, participants,
            Cout(vote, placesFinancees), Cout(vote, participants));
    }

    /// <summary>The period the page shows first: from the earliest line to the latest, or the current year without lines.</summary>
    public static (DateOnly Du, DateOnly Au) PeriodeParDefaut(IReadOnlyCollection<MontantsLigne> lignes, DateOnly aujourdhui) => lignes.Count == 0
        ? (new DateOnly(aujourdhui.Year, 1, 1), new DateOnly(aujourdhui.Year, 12, 31))
        : (lignes.Min(l => l.Debut), lignes.Max(l => l.Fin));

    private static decimal? Part(decimal montant, decimal total) => total == 0 ? null : decimal.Round(montant / total, 4);

    private static decimal? Cout(decimal vote, int nombre) => nombre == 0 ? null : decimal.Round(vote / nombre, 2);
}
