namespace Passerelle.Web.Platform;

/// <summary>The outcome of one action on one person, in French, for a page message or a bulk summary line.</summary>
public sealed record ResultatAction(bool Reussi, string Message)
{
    public static ResultatAction Ok(string message) => new(true, message);
    public static ResultatAction Refus(string message) => new(false, message);

    public static readonly ResultatAction Conflit =
        Refus("Cette personne vient d'être modifiée par un autre utilisateur : rechargez la page pour voir sa situation à jour, puis recommencez.");
    public static readonly ResultatAction HorsPerimetre = Refus("Cette personne n'est pas dans votre périmètre.");
}
