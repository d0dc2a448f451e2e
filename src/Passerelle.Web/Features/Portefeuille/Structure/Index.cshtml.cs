using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Portefeuille.Structure;

/// <summary>The structure head's page: référents' caseloads, capacity against load, persons waiting for a référent.</summary>
[Authorize(Policy = Politiques.CaseloadsStructure)]
public sealed class IndexModel(VueStructure vue, ServiceOrientation orientation) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? StructureId { get; set; }
    [BindProperty(SupportsGet = true)] public int Numero { get; set; } = 1;

    public string NomStructure { get; private set; } = "";
    public IReadOnlyList<SelectListItem> ChoixStructures { get; private set; } = [];
    public IReadOnlyList<ChargeReferent> Referents { get; private set; } = [];
    public IReadOnlyList<CapaciteType> Capacites { get; private set; } = [];
    public IReadOnlyDictionary<TypeOrientation, string> NomsTypes { get; private set; } = new Dictionary<TypeOrientation, string>();
    public Page<PersonneSansReferent> SansReferent { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var noms = await vue.NomsStructuresAsync(ct);
        if (noms.Count == 0) return Forbid();
        var structure = StructureId ?? noms.OrderBy(n => n.Value, StringComparer.Ordinal).First().Key;
        // Another structure's id is answered as if it did not exist.
        if (!noms.TryGetValue(structure, out var nom)) return NotFound();
        (StructureId, NomStructure) = (structure, nom);
        ChoixStructures = noms.OrderBy(n => n.Value, StringComparer.Ordinal)
            .Select(n => new SelectListItem(n.Value, n.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), n.Key == structure)).ToList();
        NomsTypes = await vue.NomsTypesAsync(ct);
        Referents = await vue.ReferentsAsync(structure, ct);
        Capacites = await vue.CapacitesAsync(structure, ct);
        SansReferent = await vue.SansReferentAsync(structure, Numero, ct);
        return Page();
    }

    /// <summary>Gives a person waiting in the structure to one of its référents (checks, capacity and audit in <see cref="ServiceOrientation"/>).</summary>
    public async Task<IActionResult> OnPostDesignerAsync(int parcoursId, int version, string? referentId, CancellationToken ct)
    {
        if (StructureId is not int structure || !vue.Structures.Contains(structure) || !await vue.EstSansReferentAsync(structure, parcoursId, ct)) return NotFound();
        if (string.IsNullOrEmpty(referentId)) TempData.Signaler("Choisissez le référent à désigner.");
        else
        {
            var resultat = await orientation.DesignerAsync(parcoursId, version, structure, referentId, null, ct);
            if (resultat.Reussi) TempData.Confirmer(resultat.Message);
            else TempData.Signaler(resultat.Message);
        }
        return RedirectToPage(new { StructureId = structure, Numero });
    }
}
