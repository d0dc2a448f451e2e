using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces.Sessions;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Acces;

/// <summary>
/// Sends a single-use link to choose a new password. Every address gets the same answer after the same work
/// (a token made, a journal row written, the e-mail left to the background): nothing tells which are accounts.
/// </summary>
[AllowAnonymous]
public sealed class MotDePasseOublieModel(
    UserManager<Utilisateur> users, AppDbContext db, AuditJournal audit, FileLiensReinitialisation file, TimeProvider horloge, IConfiguration configuration) : PageModel
{
    public sealed class SaisieDemande
    {
        [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
        public string Email { get; set; } = "";
    }

    public const string MessageEnvoye =
        "Si cette adresse est celle d'un compte actif, un e-mail vient de lui être envoyé avec un lien pour choisir un nouveau mot de passe.";

    [BindProperty] public SaisieDemande Saisie { get; set; } = new();

    public int DureeMinutes => configuration.GetValue("Connexion:ReinitialisationMinutes", 30);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var email = users.NormalizeEmail(Saisie.Email.Trim());
        var compte = await db.Users.Where(u => u.NormalizedEmail == email && u.Actif)
            .Join(db.Departements.Where(d => d.Actif), u => u.DepartementId, d => d.Id, (u, d) => new { u.Id, u.Email, u.DepartementId, d.Code })
            .SingleOrDefaultAsync();
        var (jeton, empreinte) = DemandeReinitialisation.NouveauJeton();
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        if (compte is not null)
        {
            db.Add(new DemandeReinitialisation { UtilisateurId = compte.Id, Empreinte = empreinte, CreeeLe = maintenant, ExpireLe = maintenant.AddMinutes(DureeMinutes) });
            file.Ajouter(new LienReinitialisation(compte.Code, compte.Email!, Lien(jeton), DureeMinutes));
        }
        await audit.EnregistrerMaintenantAsync(AuditActions.ReinitialisationDemandee, "Utilisateur", compte?.Id,
            compte is null ? "Adresse sans compte actif" : null, compte?.Id, compte?.Email, compte?.DepartementId);
        TempData.Informer(MessageEnvoye);
        return RedirectToPage("/Acces/Connexion");
    }

    /// <summary>The configured address before the request's, whose Host header the sender chooses (<see cref="AdressePublique"/>).</summary>
    private string Lien(string jeton) => $"{AdressePublique.Racine(configuration, Request)}/connexion/nouveau-mot-de-passe?jeton={jeton}";
}
