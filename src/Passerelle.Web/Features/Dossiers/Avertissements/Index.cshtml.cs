using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Dossiers.Avertissements;

/// <summary>
/// « Anomalies des flux »: the open warnings of the dossiers in the user's scope, filtered by kind, import,
/// territoire or dossier, each linked to its dossier; checked ones are cleared with a comment.
/// </summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class IndexModel(RequeteAvertissements requete, LeveeAvertissements levee) : PageModel
{
    [BindProperty(SupportsGet = true)] public NatureAvertissement? Nature { get; set; }
    [BindProperty(SupportsGet = true)] public int? ImportId { get; set; }
    [BindProperty(SupportsGet = true)] public int? TerritoireId { get; set; }
    [BindProperty(SupportsGet = true)] public int? DossierId { get; set; }
    [BindProperty(SupportsGet = true)] public int Numero { get; set; } = 1;
    [BindProperty] public List<int> Selection { get; set; } = [];
    [BindProperty] public string? Commentaire { get; set; }

    public Page<LigneAvertissement> Avertissements { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);
    public IReadOnlyList<SelectListItem> Natures { get; } =
        [new("Toutes les anomalies", ""), .. Enum.GetValues<NatureAvertissement>().Select(n => new SelectListItem(AvertissementDossier.Libelle(n), n.ToString()))];
    public IReadOnlyList<SelectListItem> Territoires { get; private set; } = [];
    public string? ErreurLevee { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await ChargerAsync(ct);

    public async Task<IActionResult> OnPostLeverAsync(CancellationToken ct)
    {
        var resultat = await levee.LeverAsync(new SaisieLevee(Selection, Commentaire), ct);
        if (resultat.Reussi)
        {
            TempData.Confirmer($"{resultat.Leves} avertissement{(resultat.Leves > 1 ? "s levés" : " levé")}.");
            return Redirect(Url.Page("/Dossiers/Avertissements/Index", new { Nature, ImportId, TerritoireId, DossierId })!);
        }
        ErreurLevee = resultat.Introuvables
            ? "Rien n'a été levé : un des avertissements cochés n'est plus ouvert ou n'est pas dans votre périmètre. La liste est rafraîchie."
            : string.Join(" ", resultat.Erreurs.Values);
        await ChargerAsync(ct);
        return Page();
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        var territoires = await requete.TerritoiresAsync(ct);
        Territoires = [new("Tous vos territoires", ""), .. territoires.Select(t => new SelectListItem(t.Value, t.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        if (TerritoireId is { } t && !territoires.ContainsKey(t)) TerritoireId = null;
        Avertissements = (await requete.Ouverts(new FiltreAvertissements(Nature, ImportId, TerritoireId, DossierId)).PaginerAsync(Numero, null, ct))
            .Convertir(RequeteAvertissements.Presenter);
    }
}
