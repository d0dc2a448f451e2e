using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Departements;

[Authorize(Policy = Politiques.AdministrationPlateforme)]
public sealed class NouveauModel(AppDbContext db, Communes.Communes communes, AuditJournal audit) : PageModel
{
    [BindProperty] public SaisieNouveauDepartement Saisie { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var code = Saisie.Code?.Trim().ToUpperInvariant() ?? "";
        if (ModelState.GetFieldValidationState("Saisie.Code") == ModelValidationState.Valid)
        {
            if (!communes.DepartementExiste(code))
                ModelState.AddModelError("Saisie.Code", "Ce code ne correspond à aucun département français (exemples : 49, 2A, 974).");
            else if (await db.Departements.AnyAsync(d => d.Code == code))
                ModelState.AddModelError("Saisie.Code", "Ce département est déjà ouvert sur la plateforme.");
        }
        if (!ModelState.IsValid) return Page();
        db.Departements.Add(new Departement { Code = code, Nom = Saisie.Nom.Trim() });
        audit.Enregistrer(AuditActions.Creation, "Departement", code);
        await db.SaveChangesAsync();
        TempData.Confirmer($"Le département {code} est ouvert.");
        return RedirectToPage("/Departements/Liste");
    }
}
