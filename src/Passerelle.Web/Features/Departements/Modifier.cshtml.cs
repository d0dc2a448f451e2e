using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Departements;

/// <summary>Renames, deactivates or reactivates a département.</summary>
[Authorize(Policy = Politiques.AdministrationPlateforme)]
public sealed class ModifierModel(AppDbContext db, AuditJournal audit) : PageModel
{
    [BindProperty] public SaisieNomDepartement Saisie { get; set; } = new();
    public string Code { get; private set; } = "";
    public bool Actif { get; private set; }
    public bool EstLeMien { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var departement = await db.Departements.FindAsync(id);
        if (departement is null) return NotFound();
        Decrire(departement);
        Saisie = new SaisieNomDepartement { Nom = departement.Nom, Version = departement.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var departement = await db.Departements.FindAsync(id);
        if (departement is null) return NotFound();
        Decrire(departement);
        if (!ModelState.IsValid) return Page();
        var nom = Saisie.Nom.Trim();
        if (nom == departement.Nom)
        {
            TempData.Informer("Aucune modification à enregistrer.");
            return RedirectToPage("/Departements/Liste");
        }
        db.Entry(departement).Property(d => d.Version).OriginalValue = Saisie.Version;
        departement.Nom = nom;
        audit.Enregistrer(AuditActions.Modification, "Departement", departement.Code, "Champs modifiés : nom");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Ce département a été modifié entre-temps : rechargez la page et recommencez.");
            return Page();
        }
        TempData.Confirmer($"Le département {departement.Code} est renommé.");
        return RedirectToPage("/Departements/Liste");
    }

    public Task<IActionResult> OnPostDesactiverAsync(int id) => ChangerEtatAsync(id, actif: false);

    public Task<IActionResult> OnPostReactiverAsync(int id) => ChangerEtatAsync(id, actif: true);

    private async Task<IActionResult> ChangerEtatAsync(int id, bool actif)
    {
        var departement = await db.Departements.FindAsync(id);
        if (departement is null) return NotFound();
        if (!actif && departement.Id == db.TenantId)
        {
            TempData.Signaler("Vous ne pouvez pas désactiver votre propre département.");
            return RedirectToPage(new { id });
        }
        if (departement.Actif != actif)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            departement.Actif = actif;
            var details = actif ? null : $"Sessions fermées : {await FermerSessionsAsync(departement.Id)} comptes";
            audit.Enregistrer(actif ? AuditActions.Reactivation : AuditActions.Desactivation, "Departement", departement.Code, details);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        TempData.Confirmer(actif
            ? $"Le département {departement.Code} est réactivé : ses comptes actifs peuvent se connecter."
            : $"Le département {departement.Code} est désactivé : ses comptes ne peuvent plus se connecter et leurs sessions ouvertes sont fermées.");
        return RedirectToPage("/Departements/Liste");
    }

    /// <summary>
    /// New security stamps end the open sessions of the département's accounts at their next check
    /// (within a minute), as deactivating one account does; sign-in refuses them until reactivation.
    /// </summary>
    private Task<int> FermerSessionsAsync(int departementId)
    {
        // One statement for the whole département: the random part is drawn once, the account id keeps
        // each stamp distinct. The concurrency stamp changes too, so a form read before is refused.
        var tirage = Guid.NewGuid().ToString("N");
        var concurrence = Guid.NewGuid().ToString();
        return db.Users.Where(u => u.DepartementId == departementId).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.SecurityStamp, u => tirage + u.Id)
            .SetProperty(u => u.ConcurrencyStamp, concurrence));
    }

    private void Decrire(Departement departement)
    {
        (Code, Actif, EstLeMien) = (departement.Code, departement.Actif, departement.Id == db.TenantId);
        ViewData.DefinirAriane(new EtapeAriane("Administration", "/administration"), new EtapeAriane("Départements", "/administration/departements"), new EtapeAriane($"Département {Code}"));
    }
}
