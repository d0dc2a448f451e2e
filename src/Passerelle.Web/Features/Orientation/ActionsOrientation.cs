namespace Passerelle.Web.Features.Orientation;

/// <summary>Audit journal action names of the parcours decisions.</summary>
public static class ActionsOrientation
{
    public const string Derogation = "derogation-designation";

    public static string Pour(ActionParcours action) => "parcours-" + action.ToString().ToLowerInvariant();
}
