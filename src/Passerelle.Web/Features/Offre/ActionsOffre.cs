namespace Passerelle.Web.Features.Offre;

/// <summary>Audit journal actions of the offer.</summary>
public static class ActionsOffre
{
    public const string Enregistrement = "offre-action-enregistrement";
    public const string Moderation = "offre-action-moderation";
}
