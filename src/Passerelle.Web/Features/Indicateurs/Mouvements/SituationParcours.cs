namespace Passerelle.Web.Features.Indicateurs.Mouvements;

/// <summary>A référent designation's period: from its start, included, to its end, excluded (none: still open).</summary>
public readonly record struct PeriodeDesignation(DateOnly Debut, DateOnly? Fin);

/// <summary>Whether a parcours counts, at a date, among the open ones, those without référent, and those of them already oriented.</summary>
public readonly record struct CompteStock(int Ouverts, int SansReferent, int SansReferentOrientes)
{
    public static CompteStock operator +(CompteStock a, CompteStock b) =>
        new(a.Ouverts + b.Ouverts, a.SansReferent + b.SansReferent, a.SansReferentOrientes + b.SansReferentOrientes);

    public static CompteStock operator -(CompteStock a, CompteStock b) =>
        new(a.Ouverts - b.Ouverts, a.SansReferent - b.SansReferent, a.SansReferentOrientes - b.SansReferentOrientes);

    public bool EstNul => Ouverts == 0 && SansReferent == 0 && SansReferentOrientes == 0;
}

/// <summary>
/// What decides whether one parcours counts in « soumis aux droits et devoirs sans référent » at a
/// date X (docs/indicators.md): open at X — entered on or before X, not closed or closed after X —,
/// without référent at X — no designation of the parcours started on or before X and not ended or
/// ended after X —, oriented at X — oriented on or before X. Each of these is a step in X at one of
/// the parcours's dates, so its count can only change on <see cref="Changements"/>: summing the
/// changes of every parcours day by day gives the stock at any date exactly.
/// </summary>
public sealed record SituationParcours(int Id, int? TerritoireId, DateOnly DateEntree, DateOnly? DateCloture, DateOnly? DateOrientation,
    IReadOnlyList<PeriodeDesignation> Designations)
{
    public CompteStock Le(DateOnly x)
    {
        var ouvert = DateEntree <= x && (DateCloture is null || DateCloture > x);
        var sansReferent = ouvert && !Designations.Any(d => d.Debut <= x && (d.Fin is null || d.Fin > x));
        return new(ouvert ? 1 : 0, sansReferent ? 1 : 0, sansReferent && DateOrientation <= x ? 1 : 0);
    }

    /// <summary>The change of its counts on day <paramref name="jour"/>, from the day before.</summary>
    public CompteStock MouvementLe(DateOnly jour) => Le(jour) - (jour == DateOnly.MinValue ? default : Le(jour.AddDays(-1)));

    public IEnumerable<DateOnly> Changements()
    {
        var jours = new HashSet<DateOnly> { DateEntree };
        if (DateCloture is { } c) jours.Add(c);
        if (DateOrientation is { } o) jours.Add(o);
        foreach (var d in Designations)
        {
            jours.Add(d.Debut);
            if (d.Fin is { } f) jours.Add(f);
        }
        return jours;
    }
}
