using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Envois.Administration;

/// <summary>
/// Edits the département's wording of one template. Templates are named by code, not id: the
/// tenant filter makes "invitation" always mean the signed-in administrator's own département.
/// </summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class ModifierModel(AppDbContext db, ModelesCourrier modeles, AuditJournal audit, HeureLegale heure) : PageModel
{
    public const string ModifieEntreTemps =
        "Ce modèle a été modifié entre-temps par quelqu'un d'autre. Rechargez la page pour voir sa version actuelle, puis refaites vos changements.";

    [BindProperty] public ModeleSaisi Saisie { get; set; } = new();
    public string Code { get; private set; } = "";
    public string LibelleActuel { get; private set; } = "";
    public bool Personnalise { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await ChargerAsync(code, ct)) return NotFound();
        var modele = await modeles.EnVigueurAsync(code, ct);
        Saisie = new ModeleSaisi
        {
            Libelle = modele.Contenu.Libelle,
            Objet = modele.Contenu.Objet,
            Corps = modele.Contenu.Corps,
            SmsTexte = modele.Contenu.SmsTexte,
            Version = modele.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await ChargerAsync(code, ct)) return NotFound();
        if (!Valide()) return Page();
        var propre = await db.Set<ModeleCourrier>().SingleOrDefaultAsync(m => m.Code == code, ct);
        if (propre is null)
        {
            propre = new ModeleCourrier { Code = code, Libelle = "", Objet = "", Corps = "" };
            db.Add(propre);
        }
        else
        {
            db.Entry(propre).Property(m => m.Version).OriginalValue = Saisie.Version;
        }
        propre.Libelle = Saisie.Libelle!.Trim();
        propre.Objet = Saisie.Objet!.Trim();
        propre.Corps = Saisie.Corps!.Trim();
        propre.SmsTexte = string.IsNullOrWhiteSpace(Saisie.SmsTexte) ? null : Saisie.SmsTexte.Trim();
        audit.Enregistrer(Personnalise ? AuditActions.Modification : AuditActions.Creation, nameof(ModeleCourrier), code,
            $"Modèle « {propre.Libelle} » enregistré");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Version mismatch, or another administrator created the département's row first.
            ModelState.AddModelError(string.Empty, ModifieEntreTemps);
            return Page();
        }
        TempData.Confirmer($"Le modèle « {propre.Libelle} » a été enregistré.");
        return Redirect("/administration/modeles");
    }

    /// <summary>The letter as it would print, with sample data, from the form as typed (nothing saved).</summary>
    public async Task<IActionResult> OnPostApercuAsync(string code, CancellationToken ct)
    {
        if (!await ChargerAsync(code, ct)) return NotFound();
        if (!Valide()) return Page();
        var departement = await db.Departements.AsNoTracking().Where(d => d.Id == db.TenantId).Select(d => d.Nom).SingleAsync(ct);
        var exemple = ExempleChamps.Pour(departement, heure.Aujourdhui);
        var contenu = new ContenuModele(code, Saisie.Libelle!, Saisie.Objet!, Saisie.Corps!, Saisie.SmsTexte);
        var pdf = RenduCourrier.Pdf(Courrier.Depuis(RenduCourrier.Fusion(contenu, exemple), exemple));
        return File(pdf, "application/pdf", $"apercu-{code}.pdf");
    }

    public async Task<IActionResult> OnPostRetablirAsync(string code, CancellationToken ct)
    {
        if (!await ChargerAsync(code, ct)) return NotFound();
        var propre = await db.Set<ModeleCourrier>().SingleOrDefaultAsync(m => m.Code == code, ct);
        if (propre is not null)
        {
            db.Remove(propre);
            audit.Enregistrer(AuditActions.Modification, nameof(ModeleCourrier), code, "Modèle par défaut rétabli");
            await db.SaveChangesAsync(ct);
        }
        TempData.Confirmer($"Le modèle « {LibelleActuel} » fourni avec Passerelle est rétabli.");
        return Redirect("/administration/modeles");
    }

    private async Task<bool> ChargerAsync(string code, CancellationToken ct)
    {
        if (ModelesParDefaut.Trouver(code) is null) return false;
        var modele = await modeles.EnVigueurAsync(code, ct);
        Code = code;
        LibelleActuel = modele.Contenu.Libelle;
        Personnalise = modele.Personnalise;
        return true;
    }

    private bool Valide()
    {
        foreach (var (champ, message) in Saisie.Verifier()) ModelState.AddModelError($"Saisie.{champ}", message);
        return ModelState.IsValid;
    }
}
