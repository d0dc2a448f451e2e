using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>
/// A catalogue indicator over a period (month, quarter, year or dates; the current year by default): its value, the previous
/// period's, the year's targets, and its table for each breakdown it supports, within the viewer's scope.
/// </summary>
[Authorize(Policy = Politiques.Pilotage)]
public sealed class IndicateurModel(CalculIndicateurs calcul, ConsultationPilotage consultation, CurrentUser user, HeureLegale heure) : PageModel
{
    [BindProperty(Name = "du", SupportsGet = true)] public DateOnly? DuSaisi { get; set; }
    [BindProperty(Name = "au", SupportsGet = true)] public DateOnly? AuSaisi { get; set; }

    public IndicateurCatalogue Indicateur { get; private set; } = null!;
    public Periode? Periode { get; private set; }
    public Periode? Precedente { get; private set; }
    public ValeurCalculee? Valeur { get; private set; }
    public ValeurCalculee? ValeurPrecedente { get; private set; }
    public IReadOnlyList<(Ventilation Ventilation, ValeurCalculee Valeur)> Ventilations { get; private set; } = [];
    public IReadOnlyList<CibleIndicateur> Cibles { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Erreurs { get; private set; } = new Dictionary<string, string>();
    public DateOnly Aujourdhui => heure.Aujourdhui;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (CatalogueIndicateurs.Trouver(code) is not { } indicateur) return NotFound();
        Indicateur = indicateur;
        (Periode, var erreurs) = PeriodeIndicateur.Resoudre(DuSaisi, AuSaisi, heure.Aujourdhui);
        Erreurs = erreurs;
        if (Periode is null) return Page();
        if (PerimetreIndicateurs.De(user).Resoudre(null) is not { } portee) return Forbid();
        Precedente = PeriodeIndicateur.Precedente(Periode);
        Valeur = await calcul.CalculerAsync(indicateur, new(Periode, portee), ct);
        ValeurPrecedente = await calcul.CalculerAsync(indicateur, new(Precedente, portee), ct);
        var ventilations = new List<(Ventilation, ValeurCalculee)>();
        foreach (var v in indicateur.Ventilations) ventilations.Add((v, await calcul.CalculerAsync(indicateur, new(Periode, portee, null, v), ct)));
        Ventilations = ventilations;
        Cibles = await consultation.CiblesAsync(code, Periode.Au.Year, ct);
        return Page();
    }

    public string Afficher(ValeurCalculee? v) => TexteValeur.De(v, Indicateur.Unite);
}
