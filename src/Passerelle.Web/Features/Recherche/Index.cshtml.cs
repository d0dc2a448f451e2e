using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Recherche;

/// <summary>
/// The results of the header search. A single result is listed like the others, not opened: the user checks it is
/// the right person (homonyms, near misses) before opening a page whose reading is audited.
/// </summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class IndexModel(RecherchePersonnes recherche) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Texte { get; set; }

    public ResultatRecherche? Resultat { get; private set; }
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (requete, erreur) = RequeteRecherche.Lire(Texte);
        Erreur = erreur;
        if (requete is not null) Resultat = await recherche.ChercherAsync(requete, ct);
        return Page();
    }
}
