using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Territoires.Administration;

[Authorize(Policy = Politiques.Administration)]
public sealed class DetailModel(AppDbContext db, CommunesDuDepartement communes, Activation activation) : PageModel
{
    public sealed record LigneStructure(int Id, string Nom, TypeStructure Type, string CodeInsee, bool Actif);

    public Territoire Territoire { get; private set; } = null!;
    public IReadOnlyList<Commune> CommunesDuTerritoire { get; private set; } = [];
    public IReadOnlyList<LigneStructure> Structures { get; private set; } = [];

    public string NomCommune(string codeInsee) => communes.Trouver(codeInsee)?.Nom ?? codeInsee;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var territoire = await db.Territoires.AsNoTracking().Include(t => t.Communes).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (territoire is null) return NotFound();
        Territoire = territoire;
        var codes = territoire.Communes.Select(c => c.CodeInsee).ToHashSet();
        CommunesDuTerritoire = (await communes.ToutesAsync(ct)).Where(c => codes.Contains(c.CodeInsee)).ToList();
        Structures = await db.Structures
            .Where(s => s.Territoires.Any(st => st.TerritoireId == id))
            .OrderBy(s => s.Nom)
            .Select(s => new LigneStructure(s.Id, s.Nom, s.Type, s.CodeInsee, s.Actif))
            .ToListAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostDesactiverAsync(int id, int version, CancellationToken ct) => ChangerEtatAsync(id, version, false, ct);

    public Task<IActionResult> OnPostReactiverAsync(int id, int version, CancellationToken ct) => ChangerEtatAsync(id, version, true, ct);

    /// <summary>Deactivation hides the territoire from new choices; structures and accounts keep their links.</summary>
    private async Task<IActionResult> ChangerEtatAsync(int id, int version, bool actif, CancellationToken ct)
    {
        var (resultat, territoire) = await activation.ChangerAsync<Territoire>(id, version, actif, ct);
        if (resultat == ResultatActivation.Introuvable) return NotFound();
        if (resultat == ResultatActivation.ModifieEntreTemps)
            TempData.Signaler(ModifierModel.ModifieEntreTemps);
        else
            TempData.Confirmer(actif ? $"Le territoire « {territoire!.Nom} » est réactivé." : $"Le territoire « {territoire!.Nom} » est désactivé.");
        return Redirect($"/administration/territoires/{id}");
    }
}
