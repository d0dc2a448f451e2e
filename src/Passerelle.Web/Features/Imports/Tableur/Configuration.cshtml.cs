using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Imports.Tableur;

[Authorize(Policy = Politiques.ImportDossiers)]
public sealed class ConfigurationModel(AppDbContext db, AuditJournal audit, Activation activation) : PageModel, IFormulaireConfigurationTableur
{
    public const string ModifieeEntreTemps =
        "Cette configuration a été modifiée entre-temps par quelqu'un d'autre. Rechargez la page pour voir sa version actuelle, puis refaites vos changements.";

    [BindProperty] public SaisieConfigurationTableur Saisie { get; set; } = new();
    public string NomActuel { get; private set; } = "";
    public bool Actif { get; private set; }
    public int VersionActuelle { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var configuration = await db.ConfigurationsTableur.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (configuration is null) return NotFound();
        Afficher(configuration);
        Saisie = SaisieConfigurationTableur.Depuis(configuration);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var configuration = await db.ConfigurationsTableur.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (configuration is null) return NotFound();
        Afficher(configuration);
        var erreurs = await ReglesConfigurationTableur.VerifierAsync(db, Saisie, id, ct);
        if (!ModelState.IsValid || erreurs.Count > 0)
        {
            foreach (var (champ, message) in erreurs) ModelState.AddModelError(champ, message);
            return Page();
        }
        ReglesConfigurationTableur.Appliquer(Saisie, configuration);
        var version = db.Entry(configuration).Property(c => c.Version);
        version.OriginalValue = Saisie.Version;
        version.IsModified = true;
        audit.Enregistrer(AuditActions.Modification, nameof(ConfigurationTableur), id,
            $"Nom : {configuration.Nom} ; {configuration.Colonnes.Count} colonne(s) prévue(s)");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, ModifieeEntreTemps);
            return Page();
        }
        TempData.Confirmer($"La configuration « {configuration.Nom} » a été modifiée.");
        return Redirect($"/imports/configurations/{id}");
    }

    public Task<IActionResult> OnPostDesactiverAsync(int id, int version, CancellationToken ct) => ChangerEtatAsync(id, version, false, ct);

    public Task<IActionResult> OnPostReactiverAsync(int id, int version, CancellationToken ct) => ChangerEtatAsync(id, version, true, ct);

    /// <summary>A deactivated configuration is no longer offered for new imports; past imports keep pointing at it.</summary>
    private async Task<IActionResult> ChangerEtatAsync(int id, int version, bool actif, CancellationToken ct)
    {
        var (resultat, configuration) = await activation.ChangerAsync<ConfigurationTableur>(id, version, actif, ct);
        if (resultat == ResultatActivation.Introuvable) return NotFound();
        if (resultat == ResultatActivation.ModifieEntreTemps) TempData.Signaler(ModifieeEntreTemps);
        else TempData.Confirmer($"La configuration « {configuration!.Nom} » est {(actif ? "réactivée" : "désactivée")}.");
        return Redirect($"/imports/configurations/{id}");
    }

    private void Afficher(ConfigurationTableur configuration) =>
        (NomActuel, Actif, VersionActuelle) = (configuration.Nom, configuration.Actif, configuration.Version);
}
