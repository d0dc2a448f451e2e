namespace Passerelle.Web.Features.Envois;

/// <summary>An address checked before sending: the normalised value, or why nothing may be sent to it.</summary>
public sealed record Destinataire(string? Valeur, string? Erreur)
{
    public bool EstValide => Valeur is not null;
    public static Destinataire Valide(string valeur) => new(valeur, null);
    public static Destinataire Refuse(string erreur) => new(null, erreur);
}
