using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.OffresEmploi;

/// <summary>The offers the user sees — a référent the open offers published to their territoires — filtered by ROME, contract and commune.</summary>
[Authorize(Policy = Politiques.OffresEmploi)]
public sealed class IndexModel(ConsultationOffres consultation, AccesOffresEmploi acces) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Rome { get; set; }
    [BindProperty(SupportsGet = true)] public TypeContratOffre? Contrat { get; set; }
    [BindProperty(SupportsGet = true)] public string? Commune { get; set; }
    [BindProperty(Name = Pagination.Parametre, SupportsGet = true)] public int Numero { get; set; } = 1;

    public bool Gestionnaire => acces.Gestionnaire;
    public Page<LigneOffre> Resultats { get; private set; } = new([], 1, Pagination.TailleParDefaut, 0);

    public async Task OnGetAsync(CancellationToken ct) =>
        Resultats = await consultation.ListeAsync(new FiltreOffres(Rome, Contrat, Commune, acces.Gestionnaire ? null : StatutOffre.Ouverte), Numero, null, ct);
}
