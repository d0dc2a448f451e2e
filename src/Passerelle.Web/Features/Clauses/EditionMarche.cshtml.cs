using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Clauses;

/// <summary>Records a contract with a clause, or modifies one at its version; each refused field says why, nothing is saved until all pass.</summary>
[Authorize(Policy = Politiques.Clauses)]
public sealed class EditionMarcheModel(ServiceMarches service, ConsultationMarches consultation, ChoixMarche choix) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public SaisieMarche Saisie { get; set; } = new(null, null, null, null, null, null, null, null, null, null, null);

    public IReadOnlyDictionary<string, string> Erreurs { get; private set; } = new Dictionary<string, string>();
    public string? Erreur { get; private set; }
    public IReadOnlyList<Choix> Territoires { get; private set; } = [];
    public IReadOnlyList<Choix> Fiches { get; private set; } = [];
    public IReadOnlyList<Choix> Facilitateurs { get; private set; } = [];
    public IReadOnlyList<Choix> Attributaires { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is int id)
        {
            if (await consultation.FicheAsync(id, ct) is not { } f) return NotFound();
            Version = f.Version;
            Saisie = new SaisieMarche(f.Numero, f.Acheteur, f.Objet, string.Join('\n', f.Lots), f.DateDebut, f.DateFin, f.HeuresExigees, f.TerritoireId,
                f.FicheActionId, f.FacilitateurId, f.AttributaireCle);
        }
        await ChargerAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ecriture = Id is int id ? await service.ModifierAsync(id, Version, Saisie, ct) : await service.CreerAsync(Saisie, ct);
        if (this.SortieFormulaire(ecriture, enregistre => $"/clauses/marches/{enregistre}", ServiceMarches.Introuvable) is { } sortie) return sortie;
        (Erreurs, Erreur) = (ecriture.Erreurs, ecriture.Resultat.Message);
        await ChargerAsync(ct);
        return Page();
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        Territoires = await choix.TerritoiresAsync(ct);
        Fiches = await choix.FichesAsync(ct);
        Facilitateurs = await choix.FacilitateursAsync(ct);
        Attributaires = await choix.AttributairesAsync(ct);
    }
}
