using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Utilisateurs;

[Authorize(Policy = Politiques.Administration)]
public sealed class ListeModel(AppDbContext db) : PageModel
{
    public sealed record Ligne(string Id, string Prenom, string Nom, string? Email, bool Actif, List<Role> Roles);

    [BindProperty(SupportsGet = true)] public string? Recherche { get; set; }
    [BindProperty(SupportsGet = true)] public Role? RoleFiltre { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Actif { get; set; }
    [BindProperty(SupportsGet = true)] public int Numero { get; set; } = 1;

    public Page<Ligne> Resultats { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);

    public static IReadOnlyList<SelectListItem> Roles { get; } =
        [new("Tous les rôles", ""), .. Enum.GetValues<Role>().Select(r => new SelectListItem(r.Libelle(), r.ToString()))];

    public static IReadOnlyList<SelectListItem> Etats { get; } =
        [new("Tous les comptes", ""), new("Actifs", "true"), new("Désactivés", "false")];

    public async Task OnGetAsync()
    {
        var requete = db.UtilisateursDuDepartement();
        if (!string.IsNullOrWhiteSpace(Recherche))
        {
            // Lower-cased on both sides: SQLite and PostgreSQL compare case-sensitively.
            var texte = Recherche.Trim().ToLowerInvariant();
            requete = requete.Where(u => u.Nom.ToLower().Contains(texte) || u.Prenom.ToLower().Contains(texte) || u.Email!.ToLower().Contains(texte));
        }
        if (RoleFiltre is Role role) requete = requete.Where(u => u.Habilitations.Any(h => h.Role == role));
        if (Actif is bool actif) requete = requete.Where(u => u.Actif == actif);
        Resultats = await requete
            .OrderBy(u => u.Nom).ThenBy(u => u.Prenom).ThenBy(u => u.Id)
            .Select(u => new Ligne(u.Id, u.Prenom, u.Nom, u.Email, u.Actif, u.Habilitations.Select(h => h.Role).ToList()))
            .PaginerAsync(Numero);
    }
}
