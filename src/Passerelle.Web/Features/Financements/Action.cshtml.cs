using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Financements;

/// <summary>
/// An action's funding: its lines, the figures over a period, and for the département the form that adds or changes a
/// line (<c>?ligne=</c>). 404 for whoever may not read it, whatever the role.
/// </summary>
[Authorize(Policy = Politiques.FinancementsActions)]
public sealed class FinancementsActionModel(ConsultationFinancements consultation, ServiceFinancements service, AccesFinancements acces) : PageModel
{
    public FinancementsAction Vue { get; private set; } = null!;
    public bool PeutEcrire => acces.PeutEcrire;
    [BindProperty(SupportsGet = true)] public DateOnly? Du { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Au { get; set; }
    /// <summary>The line the form changes; none: the form adds one.</summary>
    [BindProperty(SupportsGet = true)] public int? Ligne { get; set; }
    [BindProperty] public FormulaireFinancement Formulaire { get; set; } = new();
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await consultation.ActionAsync(id, Du, Au, ct) is not { } vue) return NotFound();
        Vue = vue;
        if (Ligne is int ligne && PeutEcrire)
        {
            if (vue.Lignes.FirstOrDefault(l => l.Id == ligne) is not { } existante) return NotFound();
            Formulaire = FormulaireFinancement.Depuis(existante);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await consultation.ActionAsync(id, null, null, ct) is not { } vue) return NotFound();
        var (saisie, erreur) = Formulaire.Lire();
        var resultat = saisie is null ? ResultatAction.Refus(erreur!)
            : Ligne is int ligne ? await service.ModifierAsync(id, ligne, Formulaire.Version, saisie, ct)
            : (await service.AjouterAsync(id, saisie, ct)).Resultat;
        if (resultat.Reussi)
        {
            TempData.Confirmer(resultat.Message);
            return Redirect($"/financements/actions/{id}");
        }
        Vue = vue;
        Erreur = resultat.Message;
        return Page();
    }

    public async Task<IActionResult> OnPostSupprimerAsync(int id, int ligne, int version, CancellationToken ct)
    {
        if (await consultation.ActionAsync(id, null, null, ct) is null) return NotFound();
        var resultat = await service.SupprimerAsync(id, ligne, version, ct);
        if (resultat.Reussi) TempData.Confirmer(resultat.Message);
        else TempData.Signaler(resultat.Message);
        return Redirect($"/financements/actions/{id}");
    }
}
