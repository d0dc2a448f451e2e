using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Passerelle.Web.Features.Accessibilite;

/// <summary>The accessibility statement the law requires, reachable from every page's footer, signed in or not.</summary>
[AllowAnonymous]
public sealed class DeclarationModel : PageModel
{
    public void OnGet() { }
}
