using Passerelle.Web.Features.Comites;
using Passerelle.Web.Features.Indicateurs;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>The period asked of an indicator (« du », « au »; by default the current year to today) and the one before it, of the same length.</summary>
public static class PeriodeIndicateur
{
    /// <returns>The period, or the refusals by field (end before start, over 10 years, implausible date), in French.</returns>
    public static (Periode? Periode, Dictionary<string, string> Erreurs) Resoudre(DateOnly? du, DateOnly? au, DateOnly aujourdhui)
    {
        var fin = au ?? aujourdhui;
        var debut = du ?? new DateOnly(fin.Year, 1, 1);
        var erreurs = IndicateursComites.VerifierPeriode(debut, fin);
        return (erreurs.Count == 0 ? new Periode(debut, fin) : null, erreurs);
    }

    public static Periode Precedente(Periode p)
    {
        var jours = p.Au.DayNumber - p.Du.DayNumber;
        // A whole month, quarter or year is followed by the one before it, not by as many days.
        if (p.Du.Day == 1 && p.Au.AddDays(1).Day == 1)
        {
            var mois = (p.Au.Year - p.Du.Year) * 12 + p.Au.Month - p.Du.Month + 1;
            return new(p.Du.AddMonths(-mois), p.Du.AddDays(-1));
        }
        return new(p.Du.AddDays(-jours - 1), p.Du.AddDays(-1));
    }
}
