using System.Globalization;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>Turns cell text into typed values the way agents write them in French spreadsheets.</summary>
internal static class ValeursTableur
{
    private static readonly char[] SeparateursCodes = [',', ';', '|', ' '];

    /// <summary>
    /// A date in one of the configured formats; from an XLSX, a bare number is also accepted because
    /// a cell formatted as a date is stored as its serial day number.
    /// </summary>
    public static DateOnly? Date(string valeur, IReadOnlyList<string> formats, bool seriesExcel)
    {
        foreach (var format in formats)
            if (DateOnly.TryParseExact(valeur, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        if (seriesExcel && double.TryParse(valeur, NumberStyles.Float, CultureInfo.InvariantCulture, out var serie) && serie is >= 1 and < 2958466)
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serie)));
        return null;
    }

    /// <summary>Accepts 1 234,56 as well as 1234.56; more than two decimals or a thousand separator ambiguity is refused.</summary>
    public static decimal? Montant(string valeur)
    {
        var texte = valeur.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal).Replace("€", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(texte, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var montant)
            && decimal.Round(montant, 2) == montant ? montant : null;
    }

    public static bool? Booleen(string valeur) => valeur.ToUpperInvariant() switch
    {
        "" or "NON" or "0" or "FALSE" or "N" => false,
        "OUI" or "1" or "TRUE" or "O" => true,
        _ => null,
    };

    public static IReadOnlyList<string> Codes(string valeur) =>
        valeur.ToUpperInvariant().Split(SeparateursCodes, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
