using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Contrats.Editeur;

/// <summary>One contract: its content and decisions, its document, and the form while it may still change.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class FicheModel(ChargementEditeur chargement, ServiceContrats contrats) : PageModel
{
    [BindProperty] public SaisieContrat Saisie { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    public EditeurContrat Editeur { get; private set; } = null!;
    public Contrat Contrat => Editeur.Contrat!;
    public bool Modifiable => Contrat.Statut == StatutContrat.EnAttente || (!Contrat.Type.DecideParDepartement() && Contrat.Statut == StatutContrat.Valide);

    public async Task<IActionResult> OnGetAsync(int id, int contratId, CancellationToken ct)
    {
        if (await chargement.ChargerAsync(id, contratId, ct) is not { } editeur) return NotFound();
        Editeur = editeur;
        var c = Contrat;
        Saisie = new SaisieContrat
        {
            DateDebut = c.DateDebut,
            DureeMois = c.DureeMois,
            DateFin = c.DateFin,
            Objectifs = c.Objectifs,
            Actions = c.Actions,
            EngagementsPersonne = c.EngagementsPersonne,
            EngagementsDepartement = c.EngagementsDepartement,
            Organisme = c.Organisme,
            Resume = c.Resume,
            SigneLe = c.SigneLe,
            SigneA = c.SigneA,
        };
        Version = c.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int contratId, CancellationToken ct)
    {
        if (await chargement.ChargerAsync(id, contratId, ct) is not { } editeur) return NotFound();
        Editeur = editeur;
        if (!ModelState.IsValid) return Page();
        var resultat = await contrats.ModifierAsync(contratId, Version, Saisie, ct);
        if (!resultat.Reussi)
        {
            ModelState.AddModelError("", resultat.Message);
            return Page();
        }
        TempData.Confirmer(resultat.Message);
        return Redirect($"/personnes/{id}/contrats/{contratId}");
    }
}
