using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Portefeuille;

/// <summary>
/// What the référent's portefeuille and a structure head's drill-down share: the filters bound
/// from the query string, one page of the caseload, or its export (audit-logged, as the dossiers
/// export is, since it takes personal data out of Passerelle).
/// </summary>
public abstract class PageTablePortefeuille(RequetePortefeuille portefeuille, AuditJournal audit, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Retard { get; set; }
    [BindProperty(SupportsGet = true)] public bool Semaine { get; set; }
    [BindProperty(SupportsGet = true)] public bool FinContrat { get; set; }
    [BindProperty(SupportsGet = true)] public TypeOrientation? Type { get; set; }
    [BindProperty(SupportsGet = true)] public TriPortefeuille Tri { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sens { get; set; }
    [BindProperty(SupportsGet = true)] public int Numero { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }

    public Page<PersonnePortefeuille> Personnes { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);

    public IReadOnlyList<SelectListItem> Types { get; } =
        [new("Toutes les orientations", ""), .. Enum.GetValues<TypeOrientation>().Select(t => new SelectListItem(t.LibelleNational(), t.ToString()))];

    protected FiltrePortefeuille Filtre => new() { Retard = Retard, Semaine = Semaine, FinContrat = FinContrat, Type = Type, Tri = Tri, Sens = Sens };

    /// <param name="quoi">Whose caseload, in words, for the audit journal.</param>
    protected async Task<IActionResult> AfficherAsync(string referentId, IReadOnlyCollection<int>? structures, string quoi, CancellationToken ct)
    {
        if (!ModelState.IsValid || (Format is not null && !ExportPortefeuille.EstConnu(Format))) return BadRequest();
        var requete = await portefeuille.PreparerAsync(referentId, Filtre, structures, ct);
        if (Format is null)
        {
            var page = await requete.PaginerAsync(Numero, null, ct);
            Personnes = new Page<PersonnePortefeuille>(await portefeuille.PresenterAsync(page.Elements, ct), page.Numero, page.Taille, page.Total);
            return Page();
        }
        await audit.EnregistrerMaintenantAsync(AuditActions.Export, "Portefeuille", referentId, $"{quoi} ({Format}) : {Filtre.Decrire()}", ct: ct);
        Response.ContentType = ExportPortefeuille.TypeContenu(Format);
        Response.Headers.ContentDisposition = $"attachment; filename=\"portefeuille-{heure.Maintenant:yyyyMMdd-HHmmss}.{Format}\"";
        await ExportPortefeuille.EcrireAsync(Format, requete, portefeuille, Response.Body, ct);
        return new EmptyResult();
    }
}
