using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Web.Features.Recherche;

/// <summary>
/// What one typed search means. A name is searched by the sound keys of every way to split it into a surname and first
/// names (<see cref="ClesNom"/>, <see cref="ClesPrenom"/>), optionally with a birth date; anything with digits is an
/// identifier (NIR, NUMDEMRSA, CAF matricule, phone), anything with an « @ » an e-mail.
/// </summary>
public sealed record RequeteRecherche(
    IReadOnlyList<string> ClesNom, IReadOnlyList<string> ClesPrenom, string? CleComplete, DateOnly? Naissance,
    string? Nir, string? Identifiant, IReadOnlyList<string> Telephones, string? Email, string Description)
{
    /// <summary>Past this length a search is refused: no name, number or address is that long.</summary>
    public const int LongueurMax = 100;

    /// <summary>A name of more words is cut: no one gives seven names on the phone.</summary>
    private const int MotsMax = 6;

    public const string Aide = "Saisissez un nom (avec ou sans prénom), une date de naissance (jj/mm/aaaa), un NIR, un numéro de dossier RSA, "
        + "un matricule CAF, un numéro de téléphone ou une adresse e-mail.";

    public bool ParNom => ClesNom.Count > 0;

    private static readonly Regex Date = new(@"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$", RegexOptions.CultureInvariant);

    /// <summary>The meaning of <paramref name="texte"/>, null when there is nothing to search, or the French reason it cannot be searched.</summary>
    public static (RequeteRecherche? Requete, string? Erreur) Lire(string? texte)
    {
        if (string.IsNullOrWhiteSpace(texte)) return (null, null);
        if (texte.Length > LongueurMax) return (null, $"La recherche est limitée à {LongueurMax} caractères ; elle en compte {texte.Length}.");
        var propre = new string([.. texte.Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
        if (propre.Contains('@', StringComparison.Ordinal))
        {
            var email = propre.ToLowerInvariant();
            return email.Contains(' ', StringComparison.Ordinal) || email.IndexOf('@', StringComparison.Ordinal) is 0 || email.EndsWith('@')
                ? (null, "Cette adresse e-mail n'est pas complète : saisissez-la sous la forme nom@domaine.fr.")
                : (Vide with { Email = email, Description = $"e-mail {email}" }, null);
        }
        var mots = propre.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        DateOnly? naissance = null;
        if (mots.FindIndex(m => Date.IsMatch(m)) is var i and >= 0)
        {
            var m = Date.Match(mots[i]);
            if (!DateOnly.TryParseExact($"{m.Groups[1].Value.PadLeft(2, '0')}/{m.Groups[2].Value.PadLeft(2, '0')}/{m.Groups[3].Value}", "dd/MM/yyyy",
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year < 1900)
                return (null, $"« {mots[i]} » n'est pas une date de naissance valide (jj/mm/aaaa).");
            naissance = date;
            mots.RemoveAt(i);
        }
        var reste = string.Join(' ', mots);
        if (reste.Any(char.IsAsciiDigit)) return naissance is null ? Numero(reste) : (null, "Saisissez la date de naissance avec un nom, pas avec un numéro.");
        return Nom(reste, naissance);
    }

    private static readonly RequeteRecherche Vide = new([], [], null, null, null, null, [], null, "");

    private static (RequeteRecherche?, string?) Nom(string texte, DateOnly? naissance)
    {
        var mots = NormalisationNom.Normaliser(texte).Split(' ')
            .Select(m => PhonetiqueNom.Cle(m).Length > 0 ? m : "").Where(m => m.Length > 0).Take(MotsMax).ToList();
        var date = naissance?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        if (mots.Count == 0)
            return naissance is null ? (null, Aide) : (Vide with { Naissance = naissance, Description = $"né(e) le {date}" }, null);
        // The surname is the first words or the last ones (« Dupont Jean », « Jean Dupont », « Le Gall Marie »).
        var cles = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 1; k <= mots.Count; k++) cles.Add(PhonetiqueNom.Cle(string.Concat(mots.Take(k))));
        for (var k = 1; k < mots.Count; k++) cles.Add(PhonetiqueNom.Cle(string.Concat(mots.Skip(k))));
        var prenoms = mots.Count > 1 ? mots.Select(PhonetiqueNom.Cle).Distinct().ToList() : [];
        var description = $"nom {string.Join(' ', mots)}" + (date is null ? "" : $", né(e) le {date}");
        return (Vide with
        {
            ClesNom = [.. cles.Where(c => c.Length > 0)],
            ClesPrenom = prenoms,
            CleComplete = mots.Count > 1 ? PhonetiqueNom.Cle(string.Concat(mots)) : null,
            Naissance = naissance,
            Description = description,
        }, null);
    }

    private static (RequeteRecherche?, string?) Numero(string texte)
    {
        var compact = new string([.. texte.Where(c => char.IsAsciiLetterOrDigit(c) || c == '+')]).ToUpperInvariant();
        if (compact.Length is 0 or > 20 || compact.LastIndexOf('+') > 0)
            return (null, "Ce numéro n'est ni un NIR, ni un NUMDEMRSA, ni un matricule, ni un téléphone. " + Aide);
        var telephone = compact.StartsWith("+33", StringComparison.Ordinal) ? "0" + compact[3..]
            : compact.StartsWith("0033", StringComparison.Ordinal) ? "0" + compact[4..] : compact;
        var telephones = telephone.Length == 10 && telephone[0] == '0' && telephone.All(char.IsAsciiDigit) ? Variantes(telephone) : [];
        var nir = Dossiers.Nir.Lire(compact).Complet;
        var identifiant = compact.All(char.IsAsciiLetterOrDigit) ? compact : null;
        if (nir is null && identifiant is null && telephones.Count == 0)
            return (null, "Seuls les numéros de téléphone français (06…, +33 6…) sont cherchés. " + Aide);
        var description = nir is not null ? $"NIR {PerimetreDossiers.MasquerNir(nir)}"
            : telephones.Count > 0 ? $"téléphone {telephone}" : $"numéro {compact}";
        return (Vide with { Nir = nir, Identifiant = identifiant, Telephones = telephones, Description = description }, null);
    }

    /// <summary>The ways a phone number is written in files and forms: 0612345678, 06 12 34 56 78, +33612345678, 06.12.34.56.78.</summary>
    private static List<string> Variantes(string numero)
    {
        var paires = string.Join(' ', Enumerable.Range(0, 5).Select(i => numero.Substring(i * 2, 2)));
        return [numero, paires, paires.Replace(' ', '.'), "+33" + numero[1..], new StringBuilder("+33 ").Append(numero[1]).Append(' ').Append(paires[3..]).ToString()];
    }
}
