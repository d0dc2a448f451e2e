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
public sealed class NouveauModel(AppDbContext db, UserManager<Utilisateur> users, AuditJournal audit) : PageModel
{
    public sealed class SaisieCompte : SaisieNouveauCompte
    {
        public SaisieHabilitation Habilitation { get; set; } = new();
    }

    [BindProperty] public SaisieCompte Saisie { get; set; } = new();
    public ChoixHabilitation Choix { get; private set; } = new([], [], []);

    public async Task OnGetAsync() => Choix = await ChoixHabilitation.ChargerAsync(db);

    public async Task<IActionResult> OnPostAsync()
    {
        Choix = await ChoixHabilitation.ChargerAsync(db);
        // Every problem at once: e-mail, password rules and habilitation.
        await Saisie.VerifierAsync(users, ModelState, nameof(Saisie));
        await Saisie.Habilitation.VerifierAsync(db, ModelState, "Saisie.Habilitation");
        if (!ModelState.IsValid) return Page();

        var user = Saisie.Compte(db.TenantId!.Value);
        var habilitation = Saisie.Habilitation;
        user.Habilitations.Add(new Habilitation { UtilisateurId = user.Id, Role = habilitation.Role!.Value, StructureId = habilitation.StructureId, TerritoireId = habilitation.TerritoireId });
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (!await Saisie.CreerAsync(users, user, ModelState, nameof(Saisie))) return Page();
        audit.Enregistrer(AuditActions.Creation, "Utilisateur", user.Id, $"Habilitation : {habilitation.Decrire()}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData.Confirmer($"Le compte de {user.NomComplet} est créé. Communiquez-lui son mot de passe initial par un canal sûr.");
        return RedirectToPage("/Utilisateurs/Fiche", new { id = user.Id });
    }
}
