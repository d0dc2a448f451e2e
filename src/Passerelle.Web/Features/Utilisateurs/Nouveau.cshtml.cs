using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Utilisateurs;

[Authorize(Policy = Politiques.Administration)]
public sealed class NouveauModel(AppDbContext db, UserManager<Utilisateur> users, AuditJournal audit) : PageModel
{
    public sealed class SaisieCompte
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

        [Required(ErrorMessage = "Saisissez un mot de passe initial.")]
        public string MotDePasse { get; set; } = "";

        public SaisieHabilitation Habilitation { get; set; } = new();
    }

    [BindProperty] public SaisieCompte Saisie { get; set; } = new();
    public ChoixHabilitation Choix { get; private set; } = new([], [], []);

    public async Task OnGetAsync() => Choix = await ChoixHabilitation.ChargerAsync(db);

    public async Task<IActionResult> OnPostAsync()
    {
        Choix = await ChoixHabilitation.ChargerAsync(db);
        await VerifierAsync();
        if (!ModelState.IsValid) return Page();

        var email = Saisie.Email.Trim();
        var user = new Utilisateur
        {
            Prenom = Saisie.Prenom.Trim(),
            Nom = Saisie.Nom.Trim(),
            Email = email,
            UserName = email,
            EmailConfirmed = true,
            DepartementId = db.TenantId!.Value,
        };
        var habilitation = Saisie.Habilitation;
        user.Habilitations.Add(new Habilitation { UtilisateurId = user.Id, Role = habilitation.Role!.Value, StructureId = habilitation.StructureId, TerritoireId = habilitation.TerritoireId });
        await using var transaction = await db.Database.BeginTransactionAsync();
        var resultat = await users.CreateAsync(user, Saisie.MotDePasse);
        if (!resultat.Succeeded)
        {
            ModelState.Reporter(resultat, nameof(Saisie));
            return Page();
        }
        audit.Enregistrer(AuditActions.Creation, "Utilisateur", user.Id, $"Habilitation : {habilitation.Decrire()}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData.Confirmer($"Le compte de {user.NomComplet} est créé. Communiquez-lui son mot de passe initial par un canal sûr.");
        return RedirectToPage("/Utilisateurs/Fiche", new { id = user.Id });
    }

    /// <summary>Reports every problem at once: e-mail, password rules and habilitation.</summary>
    private async Task VerifierAsync()
    {
        var emailValide = ModelState.GetFieldValidationState("Saisie.Email") == ModelValidationState.Valid;
        if (emailValide && await users.FindByEmailAsync(Saisie.Email.Trim()) is not null)
            ModelState.AddModelError("Saisie.Email", ErreursCompte.EmailDejaUtilise);
        if (!string.IsNullOrEmpty(Saisie.MotDePasse))
        {
            // The rules do not depend on the account: a blank one lets them run before it exists.
            var brouillon = new Utilisateur { Prenom = "", Nom = "" };
            foreach (var validateur in users.PasswordValidators)
                ModelState.Reporter(await validateur.ValidateAsync(users, brouillon, Saisie.MotDePasse), nameof(Saisie));
        }
        await Saisie.Habilitation.VerifierAsync(db, ModelState, "Saisie.Habilitation");
    }
}
