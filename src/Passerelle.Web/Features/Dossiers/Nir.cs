using System.Globalization;

namespace Passerelle.Web.Features.Dossiers;

/// <summary>
/// A NIR as read from a flux or a form. <see cref="Complet"/> is the 13 characters plus the computed key,
/// null when the value is absent or malformed; <see cref="Anomalie"/> says in French what was wrong.
/// </summary>
public sealed record LectureNir(string? Complet, string? Anomalie, bool CleFausse = false)
{
    public static readonly LectureNir Absent = new(null, null);

    /// <summary>The 13 characters persons are matched on.</summary>
    public string? Prefixe => Complet?[..Nir.LongueurPrefixe];
}

/// <summary>
/// Numéro d'inscription au répertoire (NIR): 13 characters then a 2-digit key equal to
/// 97 − (number mod 97), where the Corsican départements 2A and 2B count as 19 and 18.
/// The CNAF Bénéficiaire flux sends the 13 characters without the key, other sources all 15 (primer §2):
/// both are read by <see cref="Lire"/>, the one rule every import, form and search uses.
/// Persons are matched on the 13 characters because the key is sometimes missing or wrong in flows.
/// </summary>
public static class Nir
{
    public const int Longueur = 15;
    public const int LongueurPrefixe = 13;

    /// <summary>Removes the spaces people type between groups and upper-cases the Corsican letters.</summary>
    public static string Normaliser(string nir) => nir.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    /// <summary>The key of a 13-character NIR prefix, or null when the prefix is not computable.</summary>
    public static int? CalculerCle(string prefixe)
    {
        if (prefixe.Length != LongueurPrefixe) return null;
        var chiffres = prefixe[5..7] switch
        {
            "2A" => string.Concat(prefixe.AsSpan(0, 5), "19", prefixe.AsSpan(7)),
            "2B" => string.Concat(prefixe.AsSpan(0, 5), "18", prefixe.AsSpan(7)),
            _ => prefixe,
        };
        if (!chiffres.All(char.IsAsciiDigit)) return null;
        return 97 - (int)(long.Parse(chiffres, CultureInfo.InvariantCulture) % 97);
    }

    /// <summary>The full 15-character NIR for a 13-character prefix.</summary>
    public static string AvecCle(string prefixe) =>
        prefixe + (CalculerCle(prefixe) ?? throw new ArgumentException("Préfixe de NIR non calculable.", nameof(prefixe)))
            .ToString("00", CultureInfo.InvariantCulture);

    /// <summary>
    /// 13 or 15 characters (spaces ignored). A wrong key keeps the 13 characters with the computed key;
    /// a wrong length, a letter outside 2A/2B, a first digit other than 1, 2, 3, 4 (NIR) or 7, 8
    /// (provisional number) or a placeholder (zeros after the first digit, one digit repeated) is not kept.
    /// </summary>
    public static LectureNir Lire(string? valeur)
    {
        if (string.IsNullOrWhiteSpace(valeur)) return LectureNir.Absent;
        var n = Normaliser(valeur);
        if (n.Length is not (LongueurPrefixe or Longueur))
            return new LectureNir(null, $"Le NIR doit comporter 13 caractères (sans la clé) ou 15 (clé comprise) ; « {n} » en compte {n.Length}.");
        var prefixe = n[..LongueurPrefixe];
        if (Forme(prefixe) is { } motif) return new LectureNir(null, motif);
        var cle = CalculerCle(prefixe)!.Value;
        var complet = prefixe + cle.ToString("00", CultureInfo.InvariantCulture);
        return n.Length == Longueur && n[LongueurPrefixe..] != complet[LongueurPrefixe..]
            ? new LectureNir(complet, $"La clé du NIR est {n[LongueurPrefixe..]} alors que le calcul donne {cle:00} : les 13 premiers caractères sont gardés avec la clé calculée.", CleFausse: true)
            : new LectureNir(complet, null);
    }

    private static string? Forme(string p)
    {
        if (p[0] is not ('1' or '2' or '3' or '4' or '7' or '8'))
            return "Le NIR doit commencer par 1, 2, 3 ou 4 (sexe et type d'immatriculation), ou 7 ou 8 pour un numéro provisoire.";
        if (!p[1..5].All(char.IsAsciiDigit)) return "L'année et le mois de naissance du NIR (caractères 2 à 5) doivent être numériques.";
        if (p[5..7] is not ("2A" or "2B") && !p[5..7].All(char.IsAsciiDigit)) return "Le département de naissance du NIR doit être numérique, 2A ou 2B.";
        if (!p[7..].All(char.IsAsciiDigit)) return "Le NIR ne doit contenir que des chiffres (hors 2A et 2B).";
        if (p[1..].All(c => c == '0') || p.All(c => c == p[0])) return "Le NIR est un numéro de remplissage (que des zéros ou un seul chiffre répété), pas celui de la personne.";
        return null;
    }

    /// <summary>Sex from the first digit: 1, 3, 7 men; 2, 4, 8 women.</summary>
    public static string? Sexe(string? nir) => nir?.Length > 0 ? nir[0] switch { '1' or '3' or '7' => "1", '2' or '4' or '8' => "2", _ => null } : null;

    /// <summary>The 13-character prefix of a NIR already read by <see cref="Lire"/>, used to match persons across dossiers and files.</summary>
    public static string? PrefixeRapprochement(string? nir)
    {
        if (string.IsNullOrWhiteSpace(nir)) return null;
        var n = Normaliser(nir);
        return n.Length >= LongueurPrefixe ? n[..LongueurPrefixe] : null;
    }
}
