using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Utilisateurs;

/// <summary>Deactivates, reactivates an account, or resets its second factor; answers on the account's page.</summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class StatutModel(AppDbContext db, UserManager<Utilisateur> users, AuditJournal audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string id) =>
        await db.UtilisateurDuDepartementAsync(id) is null ? NotFound() : RedirectToPage("/Utilisateurs/Fiche", new { id });

    public async Task<IActionResult> OnPostDesactiverAsync(string id)
    {
        var user = await db.UtilisateurDuDepartementAsync(id);
        if (user is null) return NotFound();
        if (user.Id == users.GetUserId(User))
            return Retour(id, "Vous ne pouvez pas désactiver votre propre compte.");
        if (!user.Actif)
            return Retour(id, "Ce compte est déjà désactivé.");
        var administrateur = await db.Habilitations.AnyAsync(h => h.UtilisateurId == user.Id && h.Role == Role.Administrateur);
        if (administrateur && await db.EstDernierAdministrateurActifAsync(user.Id))
            return Retour(id, "Ce compte est le dernier administrateur actif du département : il ne peut pas être désactivé.");
        user.Actif = false;
        audit.Enregistrer(AuditActions.Desactivation, "Utilisateur", user.Id);
        // A new stamp ends the account's open sessions at their next check (within a minute).
        return Resultat(id, await users.UpdateSecurityStampAsync(user), "Le compte est désactivé : ses sessions ouvertes sont fermées.");
    }

    public async Task<IActionResult> OnPostReactiverAsync(string id)
    {
        var user = await db.UtilisateurDuDepartementAsync(id);
        if (user is null) return NotFound();
        if (user.Actif)
            return Retour(id, "Ce compte est déjà actif.");
        user.Actif = true;
        audit.Enregistrer(AuditActions.Reactivation, "Utilisateur", user.Id);
        return Resultat(id, await users.UpdateAsync(user), "Le compte est réactivé.");
    }

    /// <summary>For a user who lost their phone: they set up a new authenticator at their next sign-in.</summary>
    public async Task<IActionResult> OnPostReinitialiserSecondFacteurAsync(string id)
    {
        var user = await db.UtilisateurDuDepartementAsync(id);
        if (user is null) return NotFound();
        if (user.Id == users.GetUserId(User))
            return Retour(id, "Demandez à un autre administrateur de réinitialiser votre propre double authentification.");
        await using var transaction = await db.Database.BeginTransactionAsync();
        audit.Enregistrer(AuditActions.DoubleAuthentificationReinitialisee, "Utilisateur", user.Id);
        var resultat = await users.ResetAuthenticatorKeyAsync(user);
        if (resultat.Succeeded) resultat = await users.SetTwoFactorEnabledAsync(user, false);
        if (resultat.Succeeded) await transaction.CommitAsync();
        return Resultat(id, resultat, "La double authentification est réinitialisée : le compte en configurera une nouvelle à sa prochaine connexion.");
    }

    private RedirectToPageResult Retour(string id, string erreur)
    {
        TempData.Signaler(erreur);
        return RedirectToPage("/Utilisateurs/Fiche", new { id });
    }

    private RedirectToPageResult Resultat(string id, IdentityResult resultat, string succes)
    {
        if (!resultat.Succeeded) return Retour(id, resultat.Errors.First().Description);
        TempData.Confirmer(succes);
        return RedirectToPage("/Utilisateurs/Fiche", new { id });
    }
}
