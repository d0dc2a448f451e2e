using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Programmes;

/// <summary>A pilot edits a fiche-action; the page is refused to every other role.</summary>
[Authorize(Policy = Politiques.PilotageProgrammes)]
public sealed class ModifierModel(ConsultationProgrammes consultation, ServiceFiches service) : PageModel
{
    public VueFiche Vue { get; private set; } = null!;
    [BindProperty] public SaisieFiche Saisie { get; set; } = new();
    public string? Erreur { get; private set; }

    /// <summary>The free-text fields and lists, in the order of the fiche page.</summary>
    public IEnumerable<(string Nom, string Libelle, string? Valeur, string? Aide)> ChampsTexte =>
    [
        (nameof(SaisieFiche.Copilotes), "Copilotes", Saisie.Copilotes, "Un par ligne"),
        (nameof(SaisieFiche.Partenaires), "Partenaires", Saisie.Partenaires, "Un par ligne"),
        (nameof(SaisieFiche.Operateurs), "Opérateurs", Saisie.Operateurs, "Un par ligne"),
        (nameof(SaisieFiche.Territoires), "Territoires", Saisie.Territoires, "Un par ligne"),
        (nameof(SaisieFiche.Contexte), "Contexte", Saisie.Contexte, null),
        (nameof(SaisieFiche.Objectifs), "Objectifs", Saisie.Objectifs, "Un par ligne"),
        (nameof(SaisieFiche.Public), "Public visé", Saisie.Public, null),
        (nameof(SaisieFiche.Contenu), "Contenu et modalités", Saisie.Contenu, null),
        (nameof(SaisieFiche.Calendrier), "Calendrier", Saisie.Calendrier, null),
        (nameof(SaisieFiche.Moyens), "Moyens", Saisie.Moyens, null),
        (nameof(SaisieFiche.Livrables), "Livrables", Saisie.Livrables, "Un par ligne"),
        (nameof(SaisieFiche.Note), "Note", Saisie.Note, null),
    ];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        Saisie = SaisieFiche.Depuis(Vue.Contenu, Vue.Version);
        Saisie.Indicateurs.Add(new SaisieIndicateur());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var resultat = await service.ModifierAsync(id, Saisie, ct);
        if (!resultat.Reussi)
        {
            Erreur = resultat.Message;
            if (Saisie.Indicateurs.Count == 0 || !string.IsNullOrEmpty(Saisie.Indicateurs[^1].Libelle)) Saisie.Indicateurs.Add(new SaisieIndicateur());
            return Page();
        }
        TempData.Confirmer(resultat.Message);
        return Redirect($"/programmes/fiches/{id}");
    }

    private async Task<bool> ChargerAsync(int id, CancellationToken ct)
    {
        if (await consultation.FicheAsync(id, null, ct) is not { } vue) return false;
        Vue = vue;
        return true;
    }
}
