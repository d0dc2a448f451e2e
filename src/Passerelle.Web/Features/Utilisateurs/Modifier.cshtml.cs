using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Utilisateurs;

[Authorize(Policy = Politiques.Administration)]
public sealed class ModifierModel(AppDbContext db, UserManager<Utilisateur> users, AuditJournal audit) : PageModel
{
    public sealed class SaisieIdentite
    {
        [Required(ErrorMessage = "Saisissez le prénom.")]
        [StringLength(100, ErrorMessage = "Le prénom comporte au plus 100 caractères.")]
        public string Prenom { get; set; } = "";

        [Required(ErrorMessage = "Saisissez le nom.")]
        [StringLength(100, ErrorMessage = "Le nom comporte au plus 100 caractères.")]
        public string Nom { get; set; } = "";

        [Required(ErrorMessage = "Saisissez l'adresse électronique.")]
        [EmailAddress(ErrorMessage = "L'adresse électronique n'est pas valide.")]
        [StringLength(256, ErrorMessage = "L'adresse électronique comporte au plus 256 caractères.")]
        public string Email { get; set; } = "";

        /// <summary>Identity's concurrency stamp as read with the form: a stale edit is refused.</summary>
        public string Jeton { get; set; } = "";
    }

    [BindProperty] public SaisieIdentite Saisie { get; set; } = new();
    public string Id { get; private set; } = "";
    public string NomComplet { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await db.UtilisateurDuDepartementAsync(id);
        if (user is null) return NotFound();
        Saisie = new SaisieIdentite { Prenom = user.Prenom, Nom = user.Nom, Email = user.Email ?? "", Jeton = user.ConcurrencyStamp ?? "" };
        (Id, NomComplet) = (user.Id, user.NomComplet);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var user = await db.UtilisateurDuDepartementAsync(id);
        if (user is null) return NotFound();
        (Id, NomComplet) = (user.Id, user.NomComplet);
        if (!ModelState.IsValid) return Page();
        if (user.ConcurrencyStamp != Saisie.Jeton)
        {
            ModelState.AddModelError(string.Empty, "Ce compte a été modifié entre-temps : rechargez la page et recommencez.");
            return Page();
        }
        var email = Saisie.Email.Trim();
        var nouvelEmail = users.NormalizeEmail(email) != user.NormalizedEmail;
        if (nouvelEmail && await users.FindByEmailAsync(email) is not null)
        {
            ModelState.AddModelError("Saisie.Email", ErreursCompte.EmailDejaUtilise);
            return Page();
        }
        var modifies = new List<string>();
        if (Saisie.Prenom.Trim() != user.Prenom) { user.Prenom = Saisie.Prenom.Trim(); modifies.Add("prénom"); }
        if (Saisie.Nom.Trim() != user.Nom) { user.Nom = Saisie.Nom.Trim(); modifies.Add("nom"); }
        if (email != user.Email) { user.Email = user.UserName = email; modifies.Add("adresse électronique"); }
        if (modifies.Count == 0)
        {
            TempData.Informer("Aucune modification à enregistrer.");
            return RedirectToPage("/Utilisateurs/Fiche", new { id });
        }
        audit.Enregistrer(AuditActions.Modification, "Utilisateur", user.Id, $"Champs modifiés : {string.Join(", ", modifies)}");
        // A new sign-in name ends the sessions opened with the old one.
        var resultat = nouvelEmail ? await users.UpdateSecurityStampAsync(user) : await users.UpdateAsync(user);
        if (!resultat.Succeeded)
        {
            ModelState.Reporter(resultat, nameof(Saisie));
            return Page();
        }
        TempData.Confirmer("L'identité du compte est enregistrée.");
        return RedirectToPage("/Utilisateurs/Fiche", new { id });
    }
}
