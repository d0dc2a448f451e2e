using System.Globalization;
using System.Text;

namespace Passerelle.Web.Features.Dossiers;

/// <summary>
/// The form of a name used to match and search persons (<see cref="Personne.CleIdentite"/>): upper
/// case, no accents, ligatures spelled out, hyphens and apostrophes as spaces, single spaces. Flows
/// and agents write "Céline", "CELINE", "Jean-Pierre" or "N’Diaye" for the same person.
/// </summary>
public static class NormalisationNom
{
    public static string Normaliser(string? nom)
    {
        if (string.IsNullOrWhiteSpace(nom)) return "";
        var decompose = nom.ToUpperInvariant().Normalize(NormalizationForm.FormD);
        var resultat = new StringBuilder(decompose.Length);
        foreach (var c in decompose)
        {
            switch (c)
            {
                case 'Œ': resultat.Append("OE"); break;
                case 'Æ': resultat.Append("AE"); break;
                case 'ß': resultat.Append("SS"); break;
                case '-' or '\'' or '’' or '‘' or '`' or '´' or '.' or ',':
                case var espace when char.IsWhiteSpace(espace):
                    if (resultat.Length > 0 && resultat[^1] != ' ') resultat.Append(' ');
                    break;
                case var marque when CharUnicodeInfo.GetUnicodeCategory(marque) == UnicodeCategory.NonSpacingMark:
                    break;
                default: resultat.Append(c); break;
            }
        }
        return resultat.ToString().TrimEnd();
    }

    /// <summary>The fallback matching key of primer §2: upper-cased surname and first name.</summary>
    public static string CleIdentite(string nom, string prenoms) => Normaliser(nom + " " + prenoms);
}
