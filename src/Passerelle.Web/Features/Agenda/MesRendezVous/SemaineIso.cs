using System.Globalization;
using System.Text.RegularExpressions;

namespace Passerelle.Web.Features.Agenda.MesRendezVous;

/// <summary>An ISO 8601 week (« 2026-W49 »), as the week view's address names it.</summary>
public static partial class SemaineIso
{
    [GeneratedRegex(@"^(\d{4})-W(\d{2})$")]
    private static partial Regex Forme();

    /// <returns>The Monday of the week, or null when the text is not a week between 2000 and 2100.</returns>
    public static DateOnly? Lundi(string? texte)
    {
        if (texte is null || Forme().Match(texte) is not { Success: true } m) return null;
        var (annee, semaine) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        if (annee is < 2000 or > 2100 || semaine < 1 || semaine > ISOWeek.GetWeeksInYear(annee)) return null;
        return DateOnly.FromDateTime(ISOWeek.ToDateTime(annee, semaine, DayOfWeek.Monday));
    }

    public static DateOnly LundiDe(DateOnly jour) => DateOnly.FromDateTime(ISOWeek.ToDateTime(ISOWeek.GetYear(jour.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(jour.ToDateTime(TimeOnly.MinValue)), DayOfWeek.Monday));

    public static string Nom(DateOnly lundi)
    {
        var jour = lundi.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(jour)}-W{ISOWeek.GetWeekOfYear(jour):00}");
    }
}
