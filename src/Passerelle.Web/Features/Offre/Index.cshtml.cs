using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Offre;

/// <summary>The référents' search of the published offer (issue 14 §3).</summary>
[Authorize(Policy = Politiques.Offre)]
public sealed class IndexModel(RechercheOffre recherche, AppDbContext db, Communes.Communes communes, VocabulairesDataInclusion vocabulaires) : PageModel
{
    public VocabulairesDataInclusion Vocabulaires => vocabulaires;
    [BindProperty(SupportsGet = true)] public string? Frein { get; set; }
    [BindProperty(SupportsGet = true)] public string? Commune { get; set; }
    [BindProperty(SupportsGet = true)] public string? Public { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public bool Places { get; set; }
    /// <summary>The person the référent searches for, carried to the action page where they prescribe.</summary>
    [BindProperty(SupportsGet = true)] public int? Personne { get; set; }
    public string? ErreurCommune { get; private set; }
    public string Departement { get; private set; } = "";
    public IReadOnlyList<CarteAction> Cartes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        string? insee = null;
        Departement = await db.CodeDepartementAsync(ct);
        if (!string.IsNullOrWhiteSpace(Commune)) (insee, ErreurCommune) = ResolutionCommune.Resoudre(communes, Departement, Commune);
        if (ErreurCommune is null) Cartes = await recherche.ChercherAsync(new CritereOffre(Frein, null, Public, Type, insee, Places), ct);
    }
}
