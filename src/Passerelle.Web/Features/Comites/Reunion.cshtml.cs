using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Comites;

/// <summary>One meeting: agenda, attendance of each member institution, minutes and decisions; its managers record them once it is held.</summary>
[Authorize(Policy = Politiques.Comites)]
public sealed class ReunionModel(ConsultationComites consultation, ServiceReunions reunions, ServiceDecisions decisions, AccesComites acces) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public List<SaisiePresence> Presences { get; set; } = [];
    [BindProperty] public string? CompteRendu { get; set; }
    [BindProperty] public SaisieDecision Decision { get; set; } = new(null, null, null);
    [BindProperty] public StatutDecision? Statut { get; set; }

    public VueReunion Reunion { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Erreurs { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostPresencesAsync(CancellationToken ct) => EcrireAsync(() => reunions.EnregistrerPresencesAsync(Id, Version, Presences, ct), null, ct);

    public Task<IActionResult> OnPostCompteRenduAsync(CancellationToken ct) => EcrireAsync(() => reunions.EnregistrerCompteRenduAsync(Id, Version, CompteRendu, ct), null, ct);

    public Task<IActionResult> OnPostDecisionAsync(CancellationToken ct) => EcrireAsync(() => decisions.AjouterAsync(Id, Decision, ct), nameof(Decision), ct);

    public Task<IActionResult> OnPostStatutAsync(int decisionId, CancellationToken ct) => EcrireAsync(() => decisions.ChangerStatutAsync(decisionId, Version, Statut, ct), null, ct);

    /// <param name="prefixe">The bound input whose fields the champ helpers show errors on, when the form uses them.</param>
    private async Task<IActionResult> EcrireAsync(Func<Task<Ecriture>> ecrire, string? prefixe, CancellationToken ct)
    {
        if (!acces.GereQuelqueChose) return Forbid();
        var ecriture = await ecrire();
        if (ecriture.Interdit()) return Forbid();
        if (this.SortieFormulaire(ecriture, $"/comites/reunions/{Id}", RefusComite.Introuvable.Resultat) is { } sortie) return sortie;
        ModelState.Clear();
        if (prefixe is not null) ModelState.SignalerChamps(ecriture, prefixe);
        Erreurs = ecriture.Erreurs;
        TempData.Signaler(ecriture.MessageFormulaire);
        if (!await ChargerAsync(ct)) return NotFound();
        if (Presences.Count > 0)
            Reunion = Reunion with
            {
                Presences = [.. Reunion.Presences.Select(p => Presences.FirstOrDefault(s => s.MembreComiteId == p.MembreId) is { } s ? p with { Statut = s.Statut, Representants = s.Representants ?? 0 } : p)],
            };
        return Page();
    }

    private async Task<bool> ChargerAsync(CancellationToken ct)
    {
        if (await consultation.ReunionAsync(Id, ct) is not { } r) return false;
        Reunion = r;
        return true;
    }
}
