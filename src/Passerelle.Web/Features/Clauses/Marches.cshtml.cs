using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Clauses;

/// <summary>The contracts with a clause in the user's territoires, searched by number, object or buyer.</summary>
[Authorize(Policy = Politiques.Clauses)]
public sealed class MarchesModel(ConsultationMarches consultation) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Recherche { get; set; }
    [BindProperty(Name = Pagination.Parametre, SupportsGet = true)] public int Numero { get; set; } = 1;

    public Page<LigneMarche> Resultats { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);

    public async Task OnGetAsync(CancellationToken ct) => Resultats = await consultation.ListeAsync(Recherche, Numero, null, ct);
}
