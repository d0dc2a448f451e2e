namespace Passerelle.Web.Features.Audit;

/// <summary>Action names stored in the journal; searched by administrators.</summary>
public static class AuditActions
{
    public const string Connexion = "connexion";
    public const string ConnexionEchouee = "connexion-echouee";
    public const string ConnexionRefusee = "connexion-refusee";
    public const string Deconnexion = "deconnexion";
    public const string DoubleAuthentificationActivee = "2fa-activee";
    public const string Creation = "creation";
    public const string Modification = "modification";
    public const string Desactivation = "desactivation";
    public const string Reactivation = "reactivation";
    public const string Consultation = "consultation";
}
