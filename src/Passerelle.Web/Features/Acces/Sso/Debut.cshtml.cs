using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Passerelle.Web.Features.Acces.Sso;

/// <summary>The "Se connecter avec …" button: sends the agent to the provider (authorization code with PKCE).</summary>
[AllowAnonymous]
public sealed class DebutModel(IOptions<OptionsSso> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => options.Value.Active ? RedirectToPage("/Acces/Connexion") : NotFound();

    public IActionResult OnPost()
    {
        if (!options.Value.Active) return NotFound();
        var fin = Url.Page("/Acces/Sso/Fin", new { ReturnUrl = ConnexionModel.DestinationSure(ReturnUrl) });
        return Challenge(new AuthenticationProperties { RedirectUri = fin }, OptionsSso.Schema);
    }
}
