namespace Passerelle.Web.Features.Acces.Sso;

/// <summary>
/// The deployment's OpenID Connect provider (ProConnect or a département's own), section "ConnexionUnique".
/// Without an authority and a client id, single sign-on is off and only local accounts sign in.
/// </summary>
public sealed class OptionsSso
{
    public const string Section = "ConnexionUnique";
    public const string Schema = "sso";

    public string? Autorite { get; set; }
    public string? ClientId { get; set; }

    /// <summary>Kept outside the repository (environment variable or secret store), never in appsettings.json.</summary>
    public string? SecretClient { get; set; }

    /// <summary>The provider's name as agents know it, on the sign-in button ("Se connecter avec …").</summary>
    public string NomFournisseur { get; set; } = "ProConnect";

    /// <summary>Scopes asked for; ProConnect gives the e-mail only through userinfo.</summary>
    public string Portees { get; set; } = "openid email given_name usual_name";

    /// <summary>Reads the e-mail from the userinfo endpoint (ProConnect) in addition to the id_token.</summary>
    public bool LireUserInfo { get; set; } = true;

    /// <summary>Assurance levels accepted (acr, e.g. "eidas1"): asked as essential, and any other level returned is refused. Empty: not checked.</summary>
    public string[] NiveauxAcr { get; set; } = [];

    /// <summary>An id_token whose amr holds "mfa" counts as Passerelle's second factor (decision 0010).</summary>
    public bool DoubleFacteurDuFournisseur { get; set; } = true;

    public bool Active => !string.IsNullOrWhiteSpace(Autorite) && !string.IsNullOrWhiteSpace(ClientId);
}
