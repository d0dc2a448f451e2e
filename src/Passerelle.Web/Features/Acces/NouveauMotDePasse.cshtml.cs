using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces.Sessions;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Acces;

/// <summary>Chooses a new password through an e-mailed link: once, before it expires; every session of the account ends.</summary>
[AllowAnonymous]
public sealed class NouveauMotDePasseModel(
    UserManager<Utilisateur> users, AppDbContext db, ServiceSessions sessions, AuditJournal audit, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Jeton { get; set; }
    [BindProperty] public SaisieNouveauMotDePasse Saisie { get; set; } = new();
    public bool LienValide { get; private set; }

    public async Task OnGetAsync() => LienValide = await DemandeValideAsync() is not null;

    public async Task<IActionResult> OnPostAsync()
    {
        var demande = await DemandeValideAsync();
        LienValide = demande is not null;
        if (demande is null || !ModelState.IsValid) return Page();
        var user = await users.FindByIdAsync(demande.UtilisateurId);
        if (user is null) return Page();
        // Claimed before the change, in one statement: of two posts of the same link, only one goes on.
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        if (await db.Set<DemandeReinitialisation>().Where(d => d.Id == demande.Id && d.UtiliseeLe == null)
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.UtiliseeLe, maintenant)) == 0)
            return Page();
        var resultat = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), Saisie.NouveauMotDePasse);
        if (!resultat.Succeeded)
        {
            await db.Set<DemandeReinitialisation>().Where(d => d.Id == demande.Id)
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.UtiliseeLe, (DateTime?)null));
            foreach (var e in resultat.Errors) ModelState.AddModelError("Saisie.NouveauMotDePasse", e.Description);
            return Page();
        }
        await sessions.RevoquerToutesAsync(user.Id);
        await audit.EnregistrerMaintenantAsync(AuditActions.MotDePasseReinitialise, "Utilisateur", user.Id, null, user.Id, user.Email, user.DepartementId);
        TempData.Confirmer("Votre mot de passe est modifié : connectez-vous avec le nouveau.");
        return RedirectToPage("/Acces/Connexion");
    }

    private async Task<DemandeReinitialisation?> DemandeValideAsync()
    {
        if (string.IsNullOrEmpty(Jeton) || Jeton.Length > 100) return null;
        var empreinte = DemandeReinitialisation.Hacher(Jeton);
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        return await db.Set<DemandeReinitialisation>().AsNoTracking()
            .SingleOrDefaultAsync(d => d.Empreinte == empreinte && d.UtiliseeLe == null && d.ExpireLe > maintenant);
    }
}
