using System.Globalization;

namespace Passerelle.Web.Features.Orientation;

public enum UniteDelai
{
    Jours,
    Semaines,
    Mois,
}

/// <summary>
/// A deadline as the texts write it ("1 mois", "6 semaines", "15 jours"): a month is a calendar
/// month (31 January + 1 mois = 28/29 February, as <see cref="DateOnly.AddMonths"/> does), not 30 days.
/// </summary>
public readonly record struct Delai(int Valeur, UniteDelai Unite)
{
    public DateOnly Ajouter(DateOnly date) => Unite switch
    {
        UniteDelai.Jours => date.AddDays(Valeur),
        UniteDelai.Semaines => date.AddDays(7 * Valeur),
        _ => date.AddMonths(Valeur),
    };

    public override string ToString() => Unite switch
    {
        UniteDelai.Jours => Valeur == 1 ? "1 jour" : $"{Valeur} jours",
        UniteDelai.Semaines => Valeur == 1 ? "1 semaine" : $"{Valeur} semaines",
        _ => $"{Valeur} mois",
    };

    /// <summary>Reads "6 semaines", "1 mois", "15 j"…; the stored form is <see cref="ToString"/>.</summary>
    public static bool TryParse(string? texte, out Delai delai)
    {
        delai = default;
        var parties = (texte ?? "").Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parties.Length != 2 || !int.TryParse(parties[0], NumberStyles.None, CultureInfo.InvariantCulture, out var valeur) || valeur is < 1 or > 999) return false;
        UniteDelai? unite = parties[1].ToLowerInvariant() switch
        {
            "j" or "jour" or "jours" => UniteDelai.Jours,
            "s" or "sem" or "semaine" or "semaines" => UniteDelai.Semaines,
            "m" or "mois" => UniteDelai.Mois,
            _ => null,
        };
        if (unite is null) return false;
        delai = new Delai(valeur, unite.Value);
        return true;
    }

    public static Delai Parse(string texte) =>
        TryParse(texte, out var d) ? d : throw new FormatException($"Délai illisible : « {texte} » (ex. « 6 semaines », « 1 mois », « 15 jours »).");
}
