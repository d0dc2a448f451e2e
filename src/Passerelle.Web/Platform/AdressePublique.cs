namespace Passerelle.Web.Platform;

/// <summary>
/// The public address of the application for the links of e-mails, without trailing slash: <c>Connexion:AdressePublique</c>
/// first — a request's Host header is the sender's to choose, and a forged one would send a link to the attacker's site —
/// else the request's own address when there is one, else localhost (a background job without request or setting).
/// </summary>
public static class AdressePublique
{
    public static string Racine(IConfiguration configuration, HttpRequest? requete = null) =>
        configuration["Connexion:AdressePublique"] is { Length: > 0 } publique ? publique.TrimEnd('/')
        : requete is not null ? $"{requete.Scheme}://{requete.Host}"
        : "http://localhost";
}
