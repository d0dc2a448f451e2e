using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Cohortes;

/// <summary>
/// One work queue: filters, counts, paging and sorting as a GET form (bookmarkable), and the bulk
/// actions on the checked rows or on every row matching the filters (up to <see cref="RequeteCohorte.LimiteSelection"/>).
/// </summary>
[Authorize(Policy = Politiques.Cohortes)]
public sealed partial class ListeModel(RequeteCohorte requete, ReglesEnVigueur regles, AppDbContext db, CacheDepartement cache) : PageModel
{
    [BindProperty(SupportsGet = true)] public FiltreCohorte Filtre { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int Numero { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public TriCohorte Tri { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sens { get; set; }
    /// <summary>The agent asked to select every row matching the filters, not only the page's.</summary>
    [BindProperty(SupportsGet = true)] public bool Tout { get; set; }
    /// <summary>Shows the page's rows already checked (selecting a page works without script).</summary>
    [BindProperty(SupportsGet = true)] public bool Cocher { get; set; }

    public FileDeTravail FileTravail { get; private set; } = FilesDeTravail.AInviter;
    public bool Decroissant => Sens == "desc";
    public DateOnly Aujourdhui => requete.Aujourdhui;
    /// <summary>The outcome of the bulk action just posted, shown above the refreshed list.</summary>
    public BilanActions? Bilan { get; private set; }
    /// <summary>False when a filter was refused: the list is not shown rather than shown unfiltered.</summary>
    public bool FiltreValide { get; private set; }
    public Page<ResultatCohorte> Resultats { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);
    /// <summary>When <see cref="Tout"/>: every matching row up to the limit, as the selection field posts it.</summary>
    public string? SelectionComplete { get; private set; }
    public int NombreSelectionComplete { get; private set; }
    public IReadOnlyList<SelectListItem> Territoires { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Structures { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Ages { get; } =
        [new("Tous les âges", ""), .. Enum.GetValues<TrancheAge>().Select(t => new SelectListItem(FiltreCohorte.Libelle(t), t.ToString()))];
    public IReadOnlyList<SelectListItem> Foyers { get; } =
        [new("Tous les foyers", ""), .. Enum.GetValues<CompositionFoyer>().Select(f => new SelectListItem(FiltreCohorte.Libelle(f), f.ToString()))];

    public async Task<IActionResult> OnGetAsync(string file, CancellationToken ct)
    {
        if (FilesDeTravail.Trouver(file) is not { } trouvee) return NotFound();
        FileTravail = trouvee;
        await ChargerAsync(ct);
        return Page();
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        var territoires = await requete.TerritoiresAsync(ct);
        var structures = await requete.StructuresAsync(ct);
        Territoires = [new("Tous vos territoires", ""), .. territoires.Select(t => new SelectListItem(t.Value, Texte(t.Key)))];
        Structures = [new("Toutes les structures", ""), .. structures.Select(s => new SelectListItem(s.Value, Texte(s.Key)))];
        var (lignes, compter, erreurs) = await requete.PreparerAsync(FileTravail, Filtre, Tri, Decroissant, ct);
        foreach (var (champ, message) in erreurs) ModelState.AddModelError($"{nameof(Filtre)}.{champ}", message);
        if (lignes is null) return;
        FiltreValide = true;
        var jeu = await regles.PourAsync(Aujourdhui, ct);
        Resultats = (await lignes.PaginerSurTotalAsync(Numero, await compter(ct), ct)).Convertir(l => ResultatCohorte.Presenter(l, FileTravail, Aujourdhui, requete.NomCommune, jeu.NomType, structures));
        if (Tout && Resultats.Total > 0)
        {
            var choix = await lignes.Take(RequeteCohorte.LimiteSelection).Select(l => new ParcoursChoisi(l.ParcoursId, l.Version)).ToListAsync(ct);
            (SelectionComplete, NombreSelectionComplete) = (SelectionCohorte.Encoder(choix), choix.Count);
        }
        if (Resultats.Total > 0) await ChargerActionsAsync(jeu.NomType, ct);
    }

    /// <summary>Clicking a column sorts by it, ascending first, then the other way.</summary>
    public string UrlTri(TriCohorte tri) =>
        UrlAvec(new() { ["tri"] = tri.ToString().ToLowerInvariant(), ["sens"] = Tri == tri && !Decroissant ? "desc" : "asc" }, garderPage: false);

    public string? AriaSort(TriCohorte tri) => Tri == tri ? (Decroissant ? "descending" : "ascending") : null;

    public string UrlSelection(bool tout, bool cocher) =>
        UrlAvec(new() { ["tout"] = tout ? "true" : "false", ["cocher"] = cocher ? "true" : "false" }, garderPage: true);

    /// <summary>Where the printing summary's button posts for the PDF.</summary>
    public string UrlImpression => UrlAvec(new() { ["handler"] = "Imprimer" }, garderPage: true);

    /// <summary>The page's own address with its filters, where the bulk form posts so the list is shown again the same way.</summary>
    public string UrlCourante => Request.Path + Request.QueryString.ToUriComponent();

    private string UrlAvec(Dictionary<string, string> remplacements, bool garderPage)
    {
        var parametres = Request.Query
            .Where(q => !remplacements.ContainsKey(q.Key.ToLowerInvariant())
                && (garderPage || !string.Equals(q.Key, Pagination.Parametre, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Concat(remplacements.Select(r => new KeyValuePair<string, string?>(r.Key, r.Value)));
        return Request.Path + QueryString.Create(parametres).ToUriComponent();
    }

    private static string Texte(int id) => id.ToString(CultureInfo.InvariantCulture);
}
