using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Passerelle.Web.Features.Utilisateurs;

/// <summary>Puts Identity's (French) errors next to the field they concern.</summary>
public static class ErreursCompte
{
    public const string EmailDejaUtilise = "Cette adresse électronique est déjà utilisée par un autre compte.";

    public static void Reporter(this ModelStateDictionary etat, IdentityResult resultat, string prefixe)
    {
        var erreurs = resultat.Errors.Select(e => e.Code switch
        {
            _ when e.Code.StartsWith("Password", StringComparison.Ordinal) => ($"{prefixe}.MotDePasse", e.Description),
            // The user name is the e-mail, so a taken user name is a taken e-mail.
            nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail) => ($"{prefixe}.Email", EmailDejaUtilise),
            _ when e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) => ($"{prefixe}.Email", e.Description),
            _ => (string.Empty, e.Description),
        });
        foreach (var (champ, message) in erreurs.Distinct())
            etat.AddModelError(champ, message);
    }
}
