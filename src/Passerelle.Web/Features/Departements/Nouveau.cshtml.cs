using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Departements;

/// <summary>
/// Opens a département with its first administrator: administration pages only work inside one's
/// own département, so without this account nobody could administer the new one.
/// </summary>
[Authorize(Policy = Politiques.AdministrationPlateforme)]
public sealed class NouveauModel(AppDbContext db, Communes.Communes communes, UserManager<Utilisateur> users, AuditJournal audit) : PageModel
{
    private const string PrefixeAdministrateur = "Saisie.Administrateur";

    [BindProperty] public SaisieNouveauDepartement Saisie { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var code = Saisie.Code?.Trim().ToUpperInvariant() ?? "";
        await VerifierCodeAsync(code);
        await Saisie.Administrateur.VerifierAsync(users, ModelState, PrefixeAdministrateur);
        if (!ModelState.IsValid) return Page();

        // One transaction: the département, its administrator, the habilitation and both journal rows, or nothing.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var departement = new Departement { Code = code, Nom = Saisie.Nom.Trim() };
        db.Departements.Add(departement);
        await db.SaveChangesAsync();
        var administrateur = Saisie.Administrateur.Compte(departement.Id);
        if (!await Saisie.Administrateur.CreerAsync(users, administrateur, ModelState, PrefixeAdministrateur)) return Page();
        await HabiliterAsync(administrateur, departement.Id);
        audit.Enregistrer(AuditActions.Creation, "Departement", code, $"Premier administrateur : compte {administrateur.Id}");
        // The account's row goes to its own département's journal, where its administrators will look for it.
        audit.Enregistrer(AuditActions.Creation, "Utilisateur", administrateur.Id, $"Habilitation : {Role.Administrateur.Libelle()}", departementId: departement.Id);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData.Confirmer($"Le département {code} est ouvert avec le compte administrateur de {administrateur.NomComplet}. Communiquez-lui son mot de passe initial par un canal sûr : il configurera sa double authentification à sa première connexion.");
        return RedirectToPage("/Departements/Liste");
    }

    private async Task VerifierCodeAsync(string code)
    {
        if (ModelState.GetFieldValidationState("Saisie.Code") != ModelValidationState.Valid) return;
        if (!communes.DepartementExiste(code))
            ModelState.AddModelError("Saisie.Code", "Ce code ne correspond à aucun département français (exemples : 49, 2A, 974).");
        else if (await db.Departements.AnyAsync(d => d.Code == code))
            ModelState.AddModelError("Saisie.Code", "Ce département est déjà ouvert sur la plateforme.");
    }

    private async Task HabiliterAsync(Utilisateur administrateur, int departementId)
    {
        await using var nouveau = await ContexteDepartement.OuvrirAsync(db, HttpContext.RequestServices, departementId);
        nouveau.Habilitations.Add(new Habilitation { UtilisateurId = administrateur.Id, Role = Role.Administrateur });
        await nouveau.SaveChangesAsync();
    }
}
