using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Passerelle.Web.Features.Erreurs;

/// <summary>French error pages, reached by status-code re-execution or directly. Never shows exception text.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErreurModel : PageModel
{
    public int Code { get; private set; }
    public string Titre { get; private set; } = "";
    public string Explication { get; private set; } = "";
    public string? Trace { get; private set; }

    public void OnGet(int code) => Remplir(code);

    public void OnPost(int code) => Remplir(code);

    private void Remplir(int code)
    {
        Code = code;
        (Titre, Explication) = code switch
        {
            400 => ("Requête invalide", "La requête n'a pas pu être traitée. Si vous avez envoyé un formulaire, rechargez la page et recommencez."),
            403 => ("Accès refusé", "Vous n'avez pas les droits nécessaires pour consulter cette page. Si vous pensez qu'il s'agit d'une erreur, contactez l'administrateur de votre département."),
            404 => ("Page non trouvée", "La page que vous cherchez n'existe pas ou a été déplacée. Vérifiez l'adresse saisie."),
            _ when code >= 500 => ("Erreur inattendue", "Une erreur est survenue de notre côté. Elle a été enregistrée ; réessayez dans quelques instants."),
            _ => ("Erreur", "La demande n'a pas pu aboutir."),
        };
        if (code >= 500) Trace = HttpContext.TraceIdentifier;
        if (HttpContext.Response.StatusCode == StatusCodes.Status200OK) HttpContext.Response.StatusCode = code is >= 400 and < 600 ? code : 400;
    }
}
