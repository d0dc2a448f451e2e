using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Agenda.MesRendezVous;

/// <summary>
/// « Mes rendez-vous »: a référent's week, as a list by day and a days × hours grid, printable. A structure
/// head picks one of their structures' référents; any other référent is answered as a missing one.
/// </summary>
[Authorize(Policy = Politiques.MesRendezVous)]
public sealed class IndexModel(SemaineReferent semaine, HeureLegale heure) : PageModel
{
    private const int PremiereHeure = 8, DerniereHeure = 18;

    [BindProperty(SupportsGet = true)] public string? Semaine { get; set; }
    [BindProperty(SupportsGet = true)] public string? Referent { get; set; }

    public DateOnly Lundi { get; private set; }
    public IReadOnlyList<ReferentChoisi> Referents { get; private set; } = [];
    public ReferentChoisi? Choisi { get; private set; }
    public IReadOnlyList<RendezVousSemaine> RendezVous { get; private set; } = [];
    public bool EstLeMien { get; private set; }

    public IEnumerable<DateOnly> Jours => Enumerable.Range(0, 7).Select(Lundi.AddDays);
    public string Precedente => SemaineIso.Nom(Lundi.AddDays(-7));
    public string Suivante => SemaineIso.Nom(Lundi.AddDays(7));
    public string Courante => SemaineIso.Nom(SemaineIso.LundiDe(heure.Aujourdhui));

    /// <summary>The grid's hours: working hours, widened to any appointment outside them.</summary>
    public IEnumerable<int> Heures => RendezVous.Count == 0
        ? Enumerable.Range(PremiereHeure, DerniereHeure - PremiereHeure + 1)
        : HeuresEtendues();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Lundi = SemaineIso.Lundi(Semaine) ?? SemaineIso.LundiDe(heure.Aujourdhui);
        Referents = await semaine.ReferentsAsync(ct);
        if (Referents.Count == 0) return Page();
        Choisi = Referent is null ? Referents[0] : Referents.FirstOrDefault(r => r.Id == Referent);
        if (Choisi is null) return NotFound();
        EstLeMien = Choisi.Id == User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        RendezVous = await semaine.LireAsync(Choisi.Id, Lundi, ct);
        return Page();
    }

    public IEnumerable<RendezVousSemaine> Du(DateOnly jour) => RendezVous.Where(r => DateOnly.FromDateTime(r.Debut) == jour);

    public IEnumerable<RendezVousSemaine> A(DateOnly jour, int h) => Du(jour).Where(r => r.Debut.Hour == h);

    private IEnumerable<int> HeuresEtendues()
    {
        var (min, max) = (Math.Min(PremiereHeure, RendezVous.Min(r => r.Debut.Hour)), Math.Max(DerniereHeure, RendezVous.Max(r => r.Debut.Hour)));
        return Enumerable.Range(min, max - min + 1);
    }
}
