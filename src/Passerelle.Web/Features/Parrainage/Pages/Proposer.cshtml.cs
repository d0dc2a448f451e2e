using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Parrainage.Pages;

/// <summary>The référent (or an agent) proposes a pairing to a person: the person page's form posts here; refused fields come back here with their reason.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class ProposerModel(ServiceParrainages service, AccesParrainages acces, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Personne { get; set; }
    [BindProperty] public SaisieParrainage Saisie { get; set; } = new(null, null, null, null, false, false, false, null, null);

    public IReadOnlyList<SelectListItem> Parrains { get; private set; } = [];
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await acces.RefusPropositionAsync(Personne, ct) is { } refus)
        {
            if (refus == ServiceParrainages.Introuvable.Message) return NotFound();
            Erreur = refus;
        }
        Saisie = Saisie with { DateDebut = heure.Aujourdhui, DateFinPrevue = heure.Aujourdhui.AddMonths(6) };
        await ChargerAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ecriture = await service.ProposerAsync(Personne, Saisie, ct);
        if (this.SortieFormulaire(ecriture, $"/personnes/{Personne}#parrainage", ServiceParrainages.Introuvable) is { } sortie) return sortie;
        ModelState.SignalerChamps(ecriture, nameof(Saisie));
        Erreur = ecriture.MessageFormulaire;
        await ChargerAsync(ct);
        return Page();
    }

    private async Task ChargerAsync(CancellationToken ct) =>
        Parrains = [new SelectListItem("Choisissez un parrain", ""), .. (await service.ParrainsActifsAsync(ct)).Select(p => new SelectListItem(p.Nom, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
}
