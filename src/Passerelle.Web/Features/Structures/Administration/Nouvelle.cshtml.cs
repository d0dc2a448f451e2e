using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Structures.Administration;

[Authorize(Policy = Politiques.Administration)]
public sealed class NouvelleModel(ReglesStructure regles, CreationStructure creation, CommunesDuDepartement communes) : PageModel, IFormulaireStructure
{
    [BindProperty] public SaisieStructure Saisie { get; set; } = new();
    public IReadOnlyList<TerritoireDesservi> TerritoiresProposes { get; private set; } = [];
    public IReadOnlyList<Commune> CommunesDuDepartement { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => PreparerAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (valide, erreurs) = await regles.VerifierAsync(Saisie, null, ct);
        if (valide is null)
        {
            foreach (var (champ, messages) in erreurs) messages.ForEach(m => ModelState.AddModelError($"Saisie.{champ}", m));
            await PreparerAsync(ct);
            return Page();
        }
        var structure = await creation.CreerAsync(valide, ct);
        TempData.Confirmer($"La structure « {structure.Nom} » a été créée.");
        return Redirect($"/administration/structures/{structure.Id}");
    }

    private async Task PreparerAsync(CancellationToken ct)
    {
        TerritoiresProposes = await regles.TerritoiresProposesAsync(null, ct);
        CommunesDuDepartement = (await communes.ToutesAsync(ct)).ToList();
    }
}
