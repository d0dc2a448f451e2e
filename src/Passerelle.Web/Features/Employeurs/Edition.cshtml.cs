using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Employeurs;

/// <summary>Records an employer, or modifies one at its version; each refused field says why, nothing is saved until all pass.</summary>
[Authorize(Policy = Politiques.Employeurs)]
public sealed class EditionModel(ServiceEmployeurs service, ConsultationEmployeurs consultation) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public SaisieEmployeur Saisie { get; set; } = new(null, null, null, null, null, null, null, null, null, null, null);

    public IReadOnlyDictionary<string, string> Erreurs { get; private set; } = new Dictionary<string, string>();
    public string? Erreur { get; private set; }
    public IReadOnlyList<(string Id, string Nom)> Charges { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is int id)
        {
            if (await consultation.FicheAsync(id, ct) is not { } f) return NotFound();
            Version = f.Version;
            Saisie = new SaisieEmployeur(f.Siret, f.RaisonSociale, f.CodeNaf, f.Effectif, f.Secteur, f.CodeInsee, f.Adresse, f.ChargeRelationId,
                f.CharteSigneeLe, f.ClubRseDepuis, f.ParrainageDepuis);
        }
        Charges = await service.ChargesPossiblesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ecriture = Id is int id ? await service.ModifierAsync(id, Version, Saisie, ct) : await service.CreerAsync(Saisie, ct);
        if (this.SortieFormulaire(ecriture, enregistre => $"/employeurs/{enregistre}", ServiceEmployeurs.Introuvable) is { } sortie) return sortie;
        (Erreurs, Erreur) = (ecriture.Erreurs, ecriture.MessageFormulaire);
        Charges = await service.ChargesPossiblesAsync(ct);
        return Page();
    }
}
