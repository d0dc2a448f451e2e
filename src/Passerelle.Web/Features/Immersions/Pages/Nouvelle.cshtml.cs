using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Immersions.Pages;

/// <summary>Records an immersion for a person of the user's scope; refused fields come back with their reason.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class NouvelleModel(ServiceImmersions service, AccesImmersions acces, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Personne { get; set; }
    [BindProperty] public SaisieImmersion Saisie { get; set; } = new(null, null, null, null, null, null);

    public IReadOnlyList<SelectListItem> Employeurs { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Structures { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Objets { get; } =
        [new("Choisissez l'objet", ""), .. Enum.GetValues<ObjetImmersion>().Select(o => new SelectListItem(o.Libelle(), o.ToString()))];
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await acces.Personnes().AnyAsync(p => p.Id == Personne, ct)) return NotFound();
        Saisie = Saisie with { DateDebut = heure.Aujourdhui, DateFin = ReglesImmersion.FinMaximale(heure.Aujourdhui) };
        await ChargerAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ecriture = await service.CreerAsync(Personne, Saisie, ct);
        if (this.SortieFormulaire(ecriture, $"/personnes/{Personne}#immersions", ServiceImmersions.Introuvable) is { } sortie) return sortie;
        ModelState.SignalerChamps(ecriture, nameof(Saisie));
        Erreur = "Corrigez les champs signalés : rien n'a été enregistré.";
        await ChargerAsync(ct);
        return Page();
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        var (employeurs, structures) = await service.AccueilsAsync(ct);
        Employeurs = [new("Aucun", ""), .. employeurs.Select(e => new SelectListItem(e.Nom, e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        Structures = [new("Aucune", ""), .. structures.Select(s => new SelectListItem(s.Nom, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
