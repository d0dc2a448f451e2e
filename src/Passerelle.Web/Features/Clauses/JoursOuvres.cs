namespace Passerelle.Web.Features.Clauses;

/// <summary>
/// The working days of a month in a département: Monday to Friday, less the eleven French public holidays of the Code du
/// travail (art. L3133-1), Easter Monday, Ascension and Whit Monday computed from Easter; in Bas-Rhin, Haut-Rhin and
/// Moselle, Good Friday and 26 December as well (local law kept by art. L3134-13).
/// </summary>
public static class JoursOuvres
{
    public static readonly IReadOnlySet<string> AlsaceMoselle = new HashSet<string>(["57", "67", "68"], StringComparer.Ordinal);

    /// <param name="departement">The département's code (« 49 », « 67 »…).</param>
    public static IReadOnlyList<DateOnly> Feries(int annee, string departement)
    {
        var paques = Paques(annee);
        List<DateOnly> feries =
        [
            new(annee, 1, 1), paques.AddDays(1), new(annee, 5, 1), new(annee, 5, 8), paques.AddDays(39), paques.AddDays(50),
            new(annee, 7, 14), new(annee, 8, 15), new(annee, 11, 1), new(annee, 11, 11), new(annee, 12, 25),
        ];
        if (AlsaceMoselle.Contains(departement)) feries.AddRange([paques.AddDays(-2), new(annee, 12, 26)]);
        return feries;
    }

    /// <summary>Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).</summary>
    public static DateOnly Paques(int annee)
    {
        int a = annee % 19, b = annee / 100, c = annee % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        var mois = (h + l - 7 * m + 114) / 31;
        var jour = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(annee, mois, jour);
    }

    public static int Du(DateOnly mois, string departement)
    {
        var feries = Feries(mois.Year, departement);
        var premier = new DateOnly(mois.Year, mois.Month, 1);
        var jours = 0;
        for (var j = premier; j.Month == premier.Month; j = j.AddDays(1))
            if (j.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !feries.Contains(j)) jours++;
        return jours;
    }
}
