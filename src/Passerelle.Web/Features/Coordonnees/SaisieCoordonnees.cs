using Passerelle.Web.Features.Envois;

namespace Passerelle.Web.Features.Coordonnees;

/// <summary>The contact form (or API body): the phones and e-mail as typed, the consents and how they were obtained.</summary>
public sealed record SaisieCoordonnees(int Version, string? Telephone, string? Telephone2, string? Email,
    bool ConsentementSms, bool ConsentementEmail, RecueilConsentement? Recueil);

/// <summary>
/// What may be kept: any phone number a person may give (a landline, a foreign number) is kept, only
/// its use for SMS depends on <see cref="NumeroMobile"/>; an e-mail must be a valid address, since a
/// wrong one only produces bounces.
/// </summary>
public static class RegleCoordonnees
{
    private const int LongueurTelephone = 20;

    /// <returns>The trimmed value (null when empty), or the French reason it is refused.</returns>
    public static (string? Valeur, string? Erreur) Telephone(string? saisi, string libelle)
    {
        if (string.IsNullOrWhiteSpace(saisi)) return (null, null);
        var numero = saisi.Trim();
        var chiffres = numero.Count(char.IsAsciiDigit);
        var permis = numero.All(c => char.IsAsciiDigit(c) || " .-()/+".Contains(c, StringComparison.Ordinal)) && numero.LastIndexOf('+') <= 0;
        if (!permis || chiffres is < 6 or > 15 || numero.Length > LongueurTelephone)
            return (null, $"Le {libelle} « {Tronquer(numero)} » n'est pas un numéro de téléphone : chiffres, espaces, points et « + » seulement, 6 à 15 chiffres.");
        return (numero, null);
    }

    public static (string? Valeur, string? Erreur) Email(string? saisie)
    {
        if (string.IsNullOrWhiteSpace(saisie)) return (null, null);
        var adresse = AdresseEmail.Verifier(saisie);
        return adresse.EstValide ? (adresse.Valeur, null) : (null, $"L'adresse e-mail « {Tronquer(saisie.Trim())} » n'est pas valide.");
    }

    /// <summary>Why no SMS can go to this number (landline, foreign, none), or null when it is a French mobile.</summary>
    public static string? RaisonSansSms(string? telephone) => NumeroMobile.Verifier(telephone).Erreur;

    private static string Tronquer(string texte) => texte.Length > 40 ? texte[..40] + "…" : texte;
}
