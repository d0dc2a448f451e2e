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
    Communes.Communes communes, VocabulairesDataInclusion vocabulaires, IOccupationActions occupation, Platform.HeureLegale heure) : PageModel
{
    public VocabulairesDataInclusion Vocabulaires => vocabulaires;
    public ActionInsertion Action { get; private set; } = null!;
    public string Structure { get; private set; } = "";
    public string Fiche { get; private set; } = "";
    public string Commune { get; private set; } = "";
    public IReadOnlyList<string> Territoires { get; private set; } = [];
    public bool Gerable { get; private set; }
    public IReadOnlyList<ActeAction> Actes { get; private set; } = [];
    /// <summary>The person a référent came from the offer search for: the page offers to prescribe to them.</summary>
    [BindProperty(SupportsGet = true)] public int? Personne { get; set; }
    public int? PlacesLibres { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await consultation.ActionAsync(id, ct) is not { } trouvee) return NotFound();
        (Action, Structure, Fiche, Gerable) = trouvee;
        Commune = communes.Trouver(Action.CodeInsee)?.Nom ?? Action.CodeInsee;
        Territoires = await db.Territoires.Where(t => Action.Territoires.Contains(t.Id)).OrderBy(t => t.Nom).Select(t => t.Nom).ToListAsync(ct);
        var aujourdhui = heure.Aujourdhui;
        if (Action.Places.Where(p => p.Debut <= aujourdhui && p.Fin >= aujourdhui).Sum(p => (int?)p.Places) is int places)
            PlacesLibres = Math.Max(0, places - (await occupation.OccupeesAsync([id], aujourdhui, ct)).GetValueOrDefault(id));
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
