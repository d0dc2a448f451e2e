using MimeKit;

namespace Passerelle.Web.Features.Envois;

/// <summary>
/// A bare address with a dotted domain. MimeKit alone accepts forms such as "Nom &lt;a@b&gt;" or local
/// domains, which a mail to a person never should use, so the parsed address must be the whole entry.
/// </summary>
public static class AdresseEmail
{
    public static Destinataire Verifier(string? saisie)
    {
        if (string.IsNullOrWhiteSpace(saisie)) return Destinataire.Refuse("La personne n'a pas d'adresse e-mail : un e-mail ne peut pas lui être envoyé.");
        var adresse = saisie.Trim();
        var valide = adresse.Length <= 254
            && MailboxAddress.TryParse(adresse, out var boite)
            && boite.Address == adresse
            && adresse.Split('@') is [{ Length: > 0 }, var domaine]
            && domaine.Contains('.', StringComparison.Ordinal) && !domaine.StartsWith('.') && !domaine.EndsWith('.')
            && !adresse.Any(char.IsWhiteSpace);
        return valide ? Destinataire.Valide(adresse) : Destinataire.Refuse($"L'adresse e-mail {adresse} n'est pas valide.");
    }
}
