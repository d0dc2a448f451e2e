namespace Passerelle.Web.Platform;

/// <summary>The public address of the application for the links of e-mails (<c>Connexion:AdressePublique</c>), without trailing slash.</summary>
public static class AdressePublique
{
    public static string Racine(IConfiguration configuration) =>
        configuration["Connexion:AdressePublique"] is { Length: > 0 } publique ? publique.TrimEnd('/') : "http://localhost";
}
