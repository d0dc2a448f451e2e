using System.Globalization;

namespace Passerelle.Web.Features.Dossiers;

/// <summary>
/// Numéro d'inscription au répertoire (NIR): 13 characters then a 2-digit key equal to
/// 97 − (number mod 97), where the Corsican départements 2A and 2B count as 19 and 18.
/// Persons are matched on the 13-character prefix because the key is sometimes missing or wrong in flows.
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

    /// <summary>Null when the NIR is valid, otherwise the reason in French.</summary>
    public static string? Verifier(string? nir)
    {
        if (string.IsNullOrWhiteSpace(nir)) return "Le NIR est vide.";
        var n = Normaliser(nir);
        if (n.Length != Longueur) return $"Le NIR doit comporter {Longueur} caractères (clé comprise), il en a {n.Length}.";
        if (n[0] is not ('1' or '2' or '3' or '4' or '7' or '8')) return "Le NIR doit commencer par 1, 2, 3, 4, 7 ou 8 (sexe et type d'immatriculation).";
        var mois = n[3..5];
        if (!mois.All(char.IsAsciiDigit)) return "Le mois de naissance du NIR (caractères 4 et 5) doit être numérique.";
        if (n[5..7] is not ("2A" or "2B") && !n[5..7].All(char.IsAsciiDigit)) return "Le département de naissance du NIR doit être numérique, 2A ou 2B.";
        if (!n[..5].All(char.IsAsciiDigit) || !n[7..].All(char.IsAsciiDigit)) return "Le NIR ne doit contenir que des chiffres (hors 2A et 2B).";
        var attendue = CalculerCle(n[..LongueurPrefixe]);
        var cle = int.Parse(n[LongueurPrefixe..], CultureInfo.InvariantCulture);
        return cle == attendue ? null : $"La clé du NIR est {cle:00} alors que le calcul donne {attendue:00}.";
    }

    public static bool EstValide(string? nir) => Verifier(nir) is null;

    /// <summary>The 13-character prefix used to match persons across dossiers and files.</summary>
    public static string? PrefixeRapprochement(string? nir)
    {
        if (string.IsNullOrWhiteSpace(nir)) return null;
        var n = Normaliser(nir);
        return n.Length >= LongueurPrefixe ? n[..LongueurPrefixe] : null;
    }
}
