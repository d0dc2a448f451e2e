using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Cohortes;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Detection;

/// <summary>
/// The detection queues, one tab per criterion, filtered by territoire and paged as a GET form (bookmarkable); the
/// bulk actions post the checked rows to the same address and the page shows their summary above the refreshed list.
/// </summary>
[Authorize(Policy = Politiques.GestionEquipesPluridisciplinaires)]
public sealed class IndexModel(RequeteDetection requete, ActionsDetection actions, AppDbContext db, CacheDepartement cache) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Critere { get; set; }
    [BindProperty(SupportsGet = true)] public int? Territoire { get; set; }
    [BindProperty(SupportsGet = true)] public int Numero { get; set; } = 1;
    [BindProperty] public List<int> Selection { get; set; } = [];
    [BindProperty] public ActionDetection? Action { get; set; }
    [BindProperty] public string? Motif { get; set; }

    public CritereDetection CritereCourant { get; private set; }
    public ReglesEp Regles { get; private set; } = new();
    public Page<LigneDetection> Resultats { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);
    public BilanActions? Bilan { get; private set; }
    public string? ErreurAction { get; private set; }
    public IReadOnlyList<SelectListItem> Territoires { get; private set; } = [];
    public IReadOnlyDictionary<int, string> NomsTerritoires { get; private set; } = new Dictionary<int, string>();
    public DateOnly Aujourdhui => requete.Aujourdhui;

    public SuiviRelances Suivi(LigneDetection ligne) => requete.Suivi(CritereCourant, Regles, ligne);

    public string UrlCritere(CritereDetection critere) => $"/ep/detection?critere={critere.Code()}"
        + (Territoire is int t ? $"&territoire={t.ToString(CultureInfo.InvariantCulture)}" : "");

    /// <summary>The page's own address with its filters, where the bulk form posts so the list is shown again the same way.</summary>
    public string UrlCourante => Request.Path + Request.QueryString.ToUriComponent();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Choisir()) return NotFound();
        await ChargerAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Choisir()) return NotFound();
        if (Action is not ActionDetection action) ErreurAction = "Choisissez une action.";
        else (Bilan, ErreurAction) = await actions.ExecuterAsync(action, CritereCourant, Selection, Motif, ct);
        await ChargerAsync(ct);
        return Page();
    }

    private bool Choisir()
    {
        if (CritereDetectionRegles.DepuisCode(Critere ?? CritereDetection.SansContrat.Code()) is not { } critere) return false;
        CritereCourant = critere;
        return true;
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        var territoires = (await TerritoiresDuDepartement.ListerAsync(db, cache, ct)).Where(t => requete.Perimetre.Couvre(t.Id)).ToList();
        NomsTerritoires = territoires.ToDictionary(t => t.Id, t => t.Nom);
        Territoires = [new("Tous vos territoires", ""), .. territoires.Select(t => new SelectListItem(t.Nom, t.Id.ToString(CultureInfo.InvariantCulture)))];
        Regles = await ReglesEp.EnVigueurAsync(db, ct);
        Resultats = await requete.PageAsync(CritereCourant, Regles, Territoire, Numero, null, ct);
    }
}
