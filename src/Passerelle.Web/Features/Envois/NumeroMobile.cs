namespace Passerelle.Web.Features.Envois;

/// <summary>
/// SMS go only to French mobiles (06, 07): a landline silently drops a text, so it is refused up
/// front with a reason the agent can act on. Accepted numbers are normalised to E.164 (+336…).
/// </summary>
public static class NumeroMobile
{
    public static Destinataire Verifier(string? saisi)
    {
        if (string.IsNullOrWhiteSpace(saisi)) return Destinataire.Refuse("La personne n'a pas de numéro de téléphone : un SMS ne peut pas lui être envoyé.");
        var affiche = saisi.Trim();
        var chiffres = new string(affiche.Where(c => !" .-()/".Contains(c, StringComparison.Ordinal)).ToArray());
        var national = chiffres switch
        {
            _ when chiffres.StartsWith("+33", StringComparison.Ordinal) => "0" + chiffres[3..],
            _ when chiffres.StartsWith("0033", StringComparison.Ordinal) => "0" + chiffres[4..],
            _ => chiffres,
        };
        if (national.StartsWith('+') || national.StartsWith("00", StringComparison.Ordinal))
            return Destinataire.Refuse($"Le numéro {affiche} est un numéro étranger : les SMS ne partent que vers les mobiles français (06, 07).");
        if (national.Length != 10 || national[0] != '0' || !national.All(char.IsAsciiDigit))
            return Destinataire.Refuse($"Le numéro {affiche} n'est pas un numéro de téléphone français valide.");
        return national[1] switch
        {
            '6' or '7' => Destinataire.Valide("+33" + national[1..]),
            '1' or '2' or '3' or '4' or '5' or '9' => Destinataire.Refuse($"Le numéro {affiche} est un numéro fixe : un SMS ne peut pas y être envoyé."),
            _ => Destinataire.Refuse($"Le numéro {affiche} n'est pas un numéro de mobile : un SMS ne peut pas y être envoyé."),
        };
    }
}
