using System.Text.RegularExpressions;

namespace Passerelle.Web.Features.Structures;

/// <summary>French phone numbers written the way French readers expect: "02 41 00 00 00".</summary>
public static partial class Telephone
{
    /// <returns>The number formatted, or null when empty; <paramref name="valide"/> is false when it cannot be a phone number.</returns>
    public static string? Normaliser(string? saisie, out bool valide)
    {
        valide = true;
        var brut = Separateurs().Replace(saisie ?? "", "");
        if (brut.Length == 0) return null;
        if (brut.StartsWith("+33", StringComparison.Ordinal)) brut = "0" + brut[3..];
        if (National().IsMatch(brut))
            return string.Join(' ', Enumerable.Range(0, 5).Select(i => brut.Substring(i * 2, 2)));
        if (International().IsMatch(brut)) return brut;
        valide = false;
        return null;
    }

    [GeneratedRegex(@"[\s.\-()]")]
    private static partial Regex Separateurs();

    [GeneratedRegex(@"^0\d{9}$")]
    private static partial Regex National();

    [GeneratedRegex(@"^\+\d{8,15}$")]
    private static partial Regex International();
}
