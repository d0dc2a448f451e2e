using System.Globalization;
using System.Text;

namespace Passerelle.Web.Features.Dossiers;

/// <summary>
/// Names as matched and searched: upper-case, accents removed, apostrophes and hyphens as spaces,
/// single spaces. Done in C# because SQLite's lower()/upper() only fold ASCII.
/// </summary>
public static class NormalisationNom
{
    public static string Normaliser(string? texte)
    {
        if (string.IsNullOrWhiteSpace(texte)) return "";
        var decompose = texte.Normalize(NormalizationForm.FormD);
        var sortie = new StringBuilder(decompose.Length);
        var espace = false;
        foreach (var c in decompose)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lettre = c switch { 'œ' or 'Œ' => "OE", 'æ' or 'Æ' => "AE", 'ß' => "SS", _ => null };
            if (char.IsLetterOrDigit(c) || lettre is not null)
            {
                if (espace && sortie.Length > 0) sortie.Append(' ');
                espace = false;
                if (lettre is not null) sortie.Append(lettre);
                else sortie.Append(char.ToUpperInvariant(c));
            }
            else espace = true;
        }
        return sortie.ToString();
    }

    /// <summary>The fallback matching key of primer §2: upper-cased surname and first name.</summary>
    public static string CleIdentite(string nom, string prenoms) => Normaliser(nom + " " + prenoms);
}
