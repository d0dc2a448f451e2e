namespace Passerelle.Web.Platform.Ui;

/// <summary>
/// A number of days as a reader takes it in: days under two months, months under two years, then
/// years and months (« 11 ans et 9 mois », not « 4300 jours »). Months here count 30.4 days: the
/// figure is a reading aid, the exact dates stay on the page.
/// </summary>
public static class Duree
{
    private const double JoursParMois = 365.25 / 12;

    public static string EnClair(int jours)
    {
        jours = Math.Abs(jours);
        if (jours < 60) return jours <= 1 ? $"{jours} jour" : $"{jours} jours";
        var mois = (int)(jours / JoursParMois);
        if (mois < 24) return $"{mois} mois";
        var (ans, reste) = (mois / 12, mois % 12);
        return reste == 0 ? $"{ans} ans" : $"{ans} ans et {reste} mois";
    }

    /// <summary>« En retard de 3 mois », « Aujourd'hui », « Dans 12 jours » for a date against today.</summary>
    public static string Situation(DateOnly date, DateOnly aujourdhui)
    {
        var ecart = date.DayNumber - aujourdhui.DayNumber;
        return ecart switch
        {
            0 => "Aujourd'hui",
            < 0 => $"En retard de {EnClair(ecart)}",
            _ => $"Dans {EnClair(ecart)}",
        };
    }
}
