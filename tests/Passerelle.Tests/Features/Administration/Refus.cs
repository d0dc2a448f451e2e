using System.Net;

namespace Passerelle.Tests.Features.Administration;

/// <summary>How a refusal looks from a browser: a redirect to the 403 page, or to sign-in when anonymous.</summary>
internal static class Refus
{
    /// <summary>A signed-in user without the right is sent to the 403 page.</summary>
    public static void Refuse(HttpResponseMessage reponse, string quoi)
    {
        Assert.True(reponse.StatusCode == HttpStatusCode.Redirect, $"{quoi} : {reponse.StatusCode} au lieu d'un refus");
        Assert.True(Chemin(reponse) == "/erreur/403", $"{quoi} : redirigé vers {reponse.Headers.Location}");
    }

    public static void VersConnexion(HttpResponseMessage reponse, string quoi)
    {
        Assert.True(reponse.StatusCode == HttpStatusCode.Redirect, $"{quoi} : {reponse.StatusCode} au lieu d'une redirection");
        Assert.True(Chemin(reponse) == "/connexion", $"{quoi} : redirigé vers {reponse.Headers.Location}");
    }

    public static string Chemin(HttpResponseMessage reponse)
    {
        var location = reponse.Headers.Location ?? throw new InvalidOperationException("Pas de redirection.");
        return (location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location)).AbsolutePath;
    }
}
