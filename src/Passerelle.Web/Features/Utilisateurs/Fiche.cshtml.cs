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

/// <summary>An account and its habilitations; habilitations are granted and withdrawn here.</summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class FicheModel(AppDbContext db, UserManager<Utilisateur> users, AuditJournal audit) : PageModel
{
    public sealed record Vue(string Id, string Prenom, string Nom, string? Email, bool Actif, bool DoubleFacteur, bool Plateforme, bool EstSoiMeme);

    public sealed record LigneHabilitation(int Id, Role Role, string Perimetre);

    [BindProperty] public SaisieHabilitation Ajout { get; set; } = new();
    public Vue Compte { get; private set; } = null!;
    public IReadOnlyList<LigneHabilitation> Habilitations { get; private set; } = [];
    public ChoixHabilitation Choix { get; private set; } = new([], [], []);

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await db.UtilisateurDuDepartementAsync(id);
        if (user is null) return NotFound();
        await PreparerAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAjouterAsync(string id)
    {
        var user = await db.UtilisateurDuDepartementAsync(id);
        if (user is null) return NotFound();
        if (!ModelState.IsValid || !await Ajout.VerifierAsync(db, ModelState, nameof(Ajout), user.Id))
        {
            await PreparerAsync(user);
            return Page();
        }
        db.Habilitations.Add(new Habilitation { UtilisateurId = user.Id, Role = Ajout.Role!.Value, StructureId = Ajout.StructureId, TerritoireId = Ajout.TerritoireId });
        audit.Enregistrer(AuditActions.HabilitationAjoutee, "Utilisateur", user.Id, Ajout.Decrire());
        return await EnregistrerAsync(user, $"L'habilitation « {Ajout.Role.Value.Libelle()} » est ajoutée.");
    }

    public async Task<IActionResult> OnPostRetirerAsync(string id, int habilitationId)
    {
        var user = await db.UtilisateurDuDepartementAsync(id);
        if (user is null) return NotFound();
        var habilitation = await db.Habilitations.SingleOrDefaultAsync(h => h.Id == habilitationId && h.UtilisateurId == user.Id);
        if (habilitation is null) return NotFound();
        if (habilitation.Role == Role.Administrateur && user.Actif && await db.EstDernierAdministrateurActifAsync(user.Id))
        {
            TempData.Signaler("Ce compte est le dernier administrateur actif du département : donnez d'abord ce rôle à un autre compte.");
            return RedirectToPage(new { id });
        }
        db.Habilitations.Remove(habilitation);
        var description = new SaisieHabilitation { Role = habilitation.Role, StructureId = habilitation.StructureId, TerritoireId = habilitation.TerritoireId }.Decrire();
        audit.Enregistrer(AuditActions.HabilitationRetiree, "Utilisateur", user.Id, description);
        return await EnregistrerAsync(user, $"L'habilitation « {habilitation.Role.Libelle()} » est retirée.");
    }

    /// <summary>
    /// Saves the habilitation, its journal row and a new security stamp in one SaveChanges: the
    /// account's open sessions are re-checked and pick up (or lose) the rights.
    /// </summary>
    private async Task<IActionResult> EnregistrerAsync(Utilisateur user, string message)
    {
        var resultat = await users.UpdateSecurityStampAsync(user);
        if (resultat.Succeeded) TempData.Confirmer(message);
        else TempData.Signaler(resultat.Errors.First().Description);
        return RedirectToPage(new { id = user.Id });
    }

    private async Task PreparerAsync(Utilisateur user)
    {
        Compte = new Vue(user.Id, user.Prenom, user.Nom, user.Email, user.Actif, user.TwoFactorEnabled, user.AdministrateurPlateforme, user.Id == users.GetUserId(User));
        var lignes = await db.Habilitations.Where(h => h.UtilisateurId == user.Id)
            .Select(h => new { h.Id, h.Role, Structure = (string?)h.Structure!.Nom, Territoire = (string?)h.Territoire!.Nom })
            .ToListAsync();
        Habilitations = lignes
            .Select(h => new LigneHabilitation(h.Id, h.Role, h.Structure ?? (h.Territoire is null ? "Tout le département" : $"Territoire {h.Territoire}")))
            .OrderBy(h => h.Role).ThenBy(h => h.Perimetre, StringComparer.CurrentCulture)
            .ToList();
        Choix = await ChoixHabilitation.ChargerAsync(db);
    }
}
