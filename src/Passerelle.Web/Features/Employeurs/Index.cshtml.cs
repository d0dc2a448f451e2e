using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Employeurs;

/// <summary>The employers of the user's territoires, searched by name or SIRET.</summary>
[Authorize(Policy = Politiques.Employeurs)]
public sealed class IndexModel(ConsultationEmployeurs consultation) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Recherche { get; set; }
    [BindProperty(Name = Pagination.Parametre, SupportsGet = true)] public int Numero { get; set; } = 1;

    public Page<LigneEmployeur> Resultats { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);

    public async Task OnGetAsync(CancellationToken ct) => Resultats = await consultation.ListeAsync(Recherche, Numero, null, ct);
}
