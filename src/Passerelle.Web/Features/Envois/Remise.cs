namespace Passerelle.Web.Features.Envois;

/// <summary>What a transport answered: delivered to the provider, or refused with a French reason.</summary>
/// <param name="AdresseRefusee">The server refused the recipient itself (a bounce), not the message or the connection.</param>
public sealed record Remise(string? Erreur, bool AdresseRefusee = false)
{
    public bool Reussie => Erreur is null;
    public static readonly Remise Ok = new((string?)null);
    public static Remise Echec(string erreur) => new(erreur);
}
