using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Imports.Tableur;

[Authorize(Policy = Politiques.ImportDossiers)]
public sealed class NouvelleConfigurationModel(AppDbContext db, AuditJournal audit) : PageModel, IFormulaireConfigurationTableur
{
    [BindProperty] public SaisieConfigurationTableur Saisie { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var erreurs = await ReglesConfigurationTableur.VerifierAsync(db, Saisie, null, ct);
        if (!ModelState.IsValid || erreurs.Count > 0)
        {
            foreach (var (champ, message) in erreurs) ModelState.AddModelError(champ, message);
            return Page();
        }
        var configuration = new ConfigurationTableur { Nom = "" };
        ReglesConfigurationTableur.Appliquer(Saisie, configuration);
        // The audit row needs the new id: both saves share one transaction, so neither exists without the other.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ConfigurationsTableur.Add(configuration);
        await db.SaveChangesAsync(ct);
        audit.Enregistrer(AuditActions.Creation, nameof(ConfigurationTableur), configuration.Id,
            $"Nom : {configuration.Nom} ; {configuration.Colonnes.Count} colonne(s) prévue(s)");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData.Confirmer($"La configuration « {configuration.Nom} » a été créée.");
        return Redirect($"/imports/configurations/{configuration.Id}");
    }
}
