using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Structures.Administration;

[Authorize(Policy = Politiques.Administration)]
public sealed class DetailModel(AppDbContext db, Communes.Communes communes, Activation activation) : PageModel
{
    public FicheStructure Fiche { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var structure = await FicheStructure.ChargerAsync(db, id, ct);
        if (structure is null) return NotFound();
        Fiche = FicheStructure.Depuis(structure, communes);
        return Page();
    }

    public Task<IActionResult> OnPostDesactiverAsync(int id, int version, CancellationToken ct) => ChangerEtatAsync(id, version, false, ct);

    public Task<IActionResult> OnPostReactiverAsync(int id, int version, CancellationToken ct) => ChangerEtatAsync(id, version, true, ct);

    /// <summary>A deactivated structure leaves the directory and the choices; its history and accounts stay.</summary>
    private async Task<IActionResult> ChangerEtatAsync(int id, int version, bool actif, CancellationToken ct)
    {
        var (resultat, structure) = await activation.ChangerAsync<Structure>(id, version, actif, ct);
        if (resultat == ResultatActivation.Introuvable) return NotFound();
        if (resultat == ResultatActivation.ModifieEntreTemps)
            TempData.Signaler(ModifierModel.ModifieeEntreTemps);
        else
            TempData.Confirmer(actif ? $"La structure « {structure!.Nom} » est réactivée." : $"La structure « {structure!.Nom} » est désactivée.");
        return Redirect($"/administration/structures/{id}");
    }
}
