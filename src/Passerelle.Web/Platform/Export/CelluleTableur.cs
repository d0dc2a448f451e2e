namespace Passerelle.Web.Platform.Export;

/// <summary>What any cell Passerelle writes into a CSV or XLSX file goes through.</summary>
public static class CelluleTableur
{
    /// <summary>
    /// Neutralises text a spreadsheet would run as a formula (CSV injection, e.g. a name
    /// "=cmd|' /C calc'!A0" coming from a flux): a cell starting with = + - @ or a tab/carriage
    /// return gets a leading apostrophe.
    /// </summary>
    public static string Neutraliser(string? valeur)
    {
        var texte = valeur ?? "";
        return texte.Length > 0 && texte[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + texte : texte;
    }

    /// <summary>A neutralised CSV cell, quoted when it holds a separator, a quote or a line break.</summary>
    public static string Csv(string? valeur)
    {
        var texte = Neutraliser(valeur);
        return texte.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{texte.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : texte;
    }
}
