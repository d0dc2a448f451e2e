namespace Passerelle.Web.Features.Envois;

/// <summary>What a transport answered: delivered to the provider, or refused with a French reason.</summary>
public sealed record Remise(string? Erreur)
{
    public bool Reussie => Erreur is null;
    public static readonly Remise Ok = new((string?)null);
    public static Remise Echec(string erreur) => new(erreur);
}
