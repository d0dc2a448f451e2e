using System.Text;
using System.Text.RegularExpressions;

namespace Passerelle.Web.Features.Dossiers;

/// <summary>
/// A sound key for French names, so that a name typed as heard finds the name as written: « Dupond » and
/// « DUPONT » give DUPON, « Lefèvre », « LEFEVRE » and « Lefebvre » give LEFEVR. The key is stored on the person
/// (<see cref="Personne.PhonetiqueNom"/>…) and searched by equality on an index; a one-letter slip that the sounds
/// do not absorb is caught by <see cref="Distance"/> over the keys sharing the same first sounds (decision 0014).
/// </summary>
public static class PhonetiqueNom
{
    public const int LongueurMax = 32;

    /// <summary>Written forms that sound alike, in the order they are replaced (longer patterns first).</summary>
    private static readonly (Regex Motif, string Son)[] Regles =
    [
        (new(@"[^A-Z]", RegexOptions.CultureInvariant), ""),
        (new("(SCH|SH|CH)", RegexOptions.CultureInvariant), "S"),
        (new("PH", RegexOptions.CultureInvariant), "F"),
        (new("TH", RegexOptions.CultureInvariant), "T"),
        (new("GH", RegexOptions.CultureInvariant), "G"),
        (new("(QU|CK|Q)", RegexOptions.CultureInvariant), "K"),
        (new("GU(?=[EIY])", RegexOptions.CultureInvariant), "G"),
        (new("C(?=[EIY])", RegexOptions.CultureInvariant), "S"),
        (new("G(?=[EIY])", RegexOptions.CultureInvariant), "J"),
        (new("C", RegexOptions.CultureInvariant), "K"),
        (new("X$", RegexOptions.CultureInvariant), ""),
        (new("X", RegexOptions.CultureInvariant), "KS"),
        (new("Z", RegexOptions.CultureInvariant), "S"),
        (new("W", RegexOptions.CultureInvariant), "V"),
        (new("Y", RegexOptions.CultureInvariant), "I"),
        (new("H", RegexOptions.CultureInvariant), ""),
        (new("B(?=V)", RegexOptions.CultureInvariant), ""),
        (new("(.)\\1+", RegexOptions.CultureInvariant), "$1"),
        (new("(EAU|AU)", RegexOptions.CultureInvariant), "O"),
        (new("OU", RegexOptions.CultureInvariant), "U"),
        (new("(AI|EI)(?![NM])", RegexOptions.CultureInvariant), "E"),
        (new("(ER|EZ|ET)$", RegexOptions.CultureInvariant), "E"),
        (new("(AI|EI|I|U)[NM](?![AEIOU])", RegexOptions.CultureInvariant), "IN"),
        (new("[AE][NM](?![AEIOU])", RegexOptions.CultureInvariant), "AN"),
        (new("O[NM](?![AEIOU])", RegexOptions.CultureInvariant), "ON"),
        // Only a mute final E after a consonant: « Payet » (PEE after ET) keeps its vowel instead of shrinking to P.
        (new("(?<![AEIOU])E$", RegexOptions.CultureInvariant), ""),
        (new("(?<=.[AEIOUNR])[DTSPGK]+$", RegexOptions.CultureInvariant), ""),
        (new("(.)\\1+", RegexOptions.CultureInvariant), "$1"),
    ];

    /// <summary>The key of a name (every word of it, run together: « Le Gall » and « LEGALL » sound the same), or "" without letters.</summary>
    public static string Cle(string? nom)
    {
        var cle = NormalisationNom.Normaliser(nom);
        foreach (var (motif, son) in Regles) cle = motif.Replace(cle, son);
        return cle.Length > LongueurMax ? cle[..LongueurMax] : cle;
    }

    /// <summary>The key of the first of the first names (« Jean Pierre » → JAN), the one people give.</summary>
    public static string ClePrenom(string? prenoms) =>
        Cle(NormalisationNom.Normaliser(prenoms).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault());

    /// <summary>Edit distance with adjacent swaps (optimal string alignment): « MARTNI » is one from « MARTIN ».</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cout = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cout);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>The keys sharing a key's first sounds: the range [début, fin) an index seeks to find near misses.</summary>
    public static (string Debut, string Fin) Voisinage(string cle)
    {
        var debut = cle[..Math.Min(cle.Length, cle.Length >= 6 ? 3 : 2)];
        var fin = new StringBuilder(debut);
        fin[^1] = (char)(fin[^1] + 1);
        return (debut, fin.ToString());
    }
}
