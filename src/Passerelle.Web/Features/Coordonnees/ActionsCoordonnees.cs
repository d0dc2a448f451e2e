namespace Passerelle.Web.Features.Coordonnees;

/// <summary>Audit journal actions of contact details.</summary>
public static class ActionsCoordonnees
{
    public const string Modification = "coordonnees-modification";
    public const string EmailEnErreur = "coordonnees-email-en-erreur";
}
