using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Comites;

/// <summary>Records a meeting of an instance (?comite=), or modifies one at its version.</summary>
[Authorize(Policy = Politiques.GestionComites)]
public sealed class EditionReunionModel(ServiceReunions service, ConsultationComites consultation) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty(SupportsGet = true)] public int Comite { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public SaisieReunion Saisie { get; set; } = new(null, null, null);

    public string NomComite { get; private set; } = "";
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is int id)
        {
            if (await consultation.ReunionAsync(id, ct) is not { } r) return NotFound();
            if (!r.Gere) return Forbid();
            (Comite, NomComite, Version, Saisie) = (r.ComiteId, r.Comite, r.Version, new SaisieReunion(r.Date, r.Lieu, r.OrdreDuJour));
            return Page();
        }
        if (await consultation.InstanceAsync(Comite, ct) is not { } c) return NotFound();
        if (!c.Gere) return Forbid();
        NomComite = c.Nom;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ecriture = Id is int id ? await service.ModifierAsync(id, Version, Saisie, ct) : await service.CreerAsync(Comite, Saisie, ct);
        if (ecriture.Interdit()) return Forbid();
        if (this.SortieFormulaire(ecriture, id => $"/comites/reunions/{id}", RefusComite.Introuvable.Resultat) is { } sortie) return sortie;
        ModelState.Clear();
        ModelState.SignalerChamps(ecriture, nameof(Saisie));
        Erreur = ecriture.MessageFormulaire;
        NomComite = (await consultation.InstanceAsync(Comite, ct))?.Nom ?? "";
        return Page();
    }
}
