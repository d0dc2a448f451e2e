using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Offre;

/// <summary>One action of the offer; its operator and the département also maintain and moderate it here.</summary>
[Authorize(Policy = Politiques.Offre)]
public sealed class ActionModel(ConsultationOffre consultation, ServiceActions service, AccesOffre acces, AppDbContext db,
    Communes.Communes communes, VocabulairesDataInclusion vocabulaires) : PageModel
{
    public VocabulairesDataInclusion Vocabulaires => vocabulaires;
    public ActionInsertion Action { get; private set; } = null!;
    public string Structure { get; private set; } = "";
    public string Fiche { get; private set; } = "";
    public string Commune { get; private set; } = "";
    public IReadOnlyList<string> Territoires { get; private set; } = [];
    public bool Gerable { get; private set; }
    public IReadOnlyList<ActeAction> Actes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await consultation.ActionAsync(id, ct) is not { } trouvee) return NotFound();
        (Action, Structure, Fiche, Gerable) = trouvee;
        Commune = communes.Trouver(Action.CodeInsee)?.Nom ?? Action.CodeInsee;
        Territoires = await db.Territoires.Where(t => Action.Territoires.Contains(t.Id)).OrderBy(t => t.Nom).Select(t => t.Nom).ToListAsync(ct);
        Actes = Gerable ? [.. TransitionsAction.Possibles(Action.Statut, acces.Moderateur)] : [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, ActeAction acte, int version, string? motif, CancellationToken ct)
    {
        var resultat = await service.AgirAsync(id, acte, version, motif, ct);
        if (resultat.Reussi) TempData.Confirmer(resultat.Message);
        else TempData.Signaler(resultat.Message);
        return Redirect($"/offre/actions/{id}");
    }
}
