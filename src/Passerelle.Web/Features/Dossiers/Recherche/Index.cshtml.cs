using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Dossiers.Recherche;

/// <summary>
/// Search of persons and their current dossier within the user's scope, as a GET form so that a
/// search can be bookmarked or shared; ?format=csv|xlsx exports the whole result.
/// </summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class IndexModel(RechercheDossiers recherche, AuditJournal audit, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public FiltreDossiers Filtre { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int Numero { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public TriDossiers Tri { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sens { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }

    public bool Decroissant => Sens == "desc";
    public Page<ResultatDossier> Resultats { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);
    public IReadOnlyList<SelectListItem> Territoires { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Etats { get; } =
        [new("Tous les états", ""), .. EtatsDroit.Tous.Select(e => new SelectListItem(EtatsDroit.Libelle(e), e))];
    public IReadOnlyList<SelectListItem> ChoixSdd { get; } =
        [new("Indifférent", ""), new("Oui", "true"), new("Non", "false")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Format is not null && !ExportDossiers.EstConnu(Format)) return BadRequest();
        Territoires = [new("Tous vos territoires", ""), .. (await recherche.TerritoiresAsync(ct)).Select(t => new SelectListItem(t.Value, t.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        var (requete, erreurs) = await recherche.PreparerAsync(Filtre, Tri, Decroissant, ct);
        foreach (var (champ, message) in erreurs) ModelState.AddModelError($"{nameof(Filtre)}.{champ}", message);
        if (requete is null || !ModelState.IsValid) return Page();
        if (Format is null)
        {
            Resultats = await recherche.PaginerAsync(requete, Numero, null, ct);
            return Page();
        }
        // An export takes personal data out of Passerelle: record who took what, by its criteria.
        await audit.EnregistrerMaintenantAsync(AuditActions.Export, "DossierRsa", details: $"Recherche de dossiers ({Format}) : {Filtre.Decrire()}", ct: ct);
        Response.ContentType = ExportDossiers.TypeContenu(Format);
        Response.Headers.ContentDisposition = $"attachment; filename=\"dossiers-{heure.Maintenant:yyyyMMdd-HHmmss}.{Format}\"";
        await ExportDossiers.EcrireAsync(Format, requete.Lignes, recherche, Response.Body, ct);
        return new EmptyResult();
    }

    /// <summary>Clicking a column sorts by it, ascending first, then the other way.</summary>
    public string UrlTri(TriDossiers tri) =>
        UrlAvec(new() { ["tri"] = tri.ToString().ToLowerInvariant(), ["sens"] = Tri == tri && !Decroissant ? "desc" : "asc" });

    public string? AriaSort(TriDossiers tri) => Tri == tri ? (Decroissant ? "descending" : "ascending") : null;

    public string UrlExport(string format) => UrlAvec(new() { ["format"] = format });

    private string UrlAvec(Dictionary<string, string> remplacements)
    {
        var parametres = Request.Query
            .Where(q => !remplacements.ContainsKey(q.Key.ToLowerInvariant()) && !string.Equals(q.Key, Pagination.Parametre, StringComparison.OrdinalIgnoreCase) && !string.Equals(q.Key, "format", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Concat(remplacements.Select(r => new KeyValuePair<string, string?>(r.Key, r.Value)));
        return Request.Path + QueryString.Create(parametres).ToUriComponent();
    }
}
