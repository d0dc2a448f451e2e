using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Features.Acces;

public sealed class CompteModel(UserManager<Utilisateur> users) : PageModel
{
    public string NomComplet { get; private set; } = "";
    public string? Email { get; private set; }
    public bool DoubleFacteur { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        (NomComplet, Email, DoubleFacteur) = (user.NomComplet, user.Email, user.TwoFactorEnabled);
        return Page();
    }
}
