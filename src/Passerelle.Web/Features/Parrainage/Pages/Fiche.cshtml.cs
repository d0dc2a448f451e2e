using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Parrainage.Pages;

/// <summary>
/// One pairing: for the mentor, their mentee's shared information and the meetings they note; for the person's side, the
/// same with the way to end it. Out of reach (another mentor's pairing, a person out of scope): 404.
/// </summary>
[Authorize(Policy = Politiques.Parrainages)]
public sealed class FicheModel(ConsultationParrainages consultation, ServiceParrainages service, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public SaisieRencontre Rencontre { get; set; } = new(null, null, null, null);

    public FicheParrainage Parrainage { get; private set; } = null!;
    public DateOnly Aujourdhui => heure.Aujourdhui;
    public string? ErreurRencontre { get; private set; }
    public string? ErreurActe { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Rencontre = Rencontre with { Date = heure.Aujourdhui, DureeMinutes = 60 };
        return await ChargerAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRencontreAsync(CancellationToken ct)
    {
        var ecriture = await service.NoterRencontreAsync(Id, Rencontre, ct);
        if (this.SortieFormulaire(ecriture, $"/parrainage/{Id}#rencontres", ServiceParrainages.Introuvable) is { } sortie) return sortie;
        ModelState.SignalerChamps(ecriture, nameof(Rencontre));
        ErreurRencontre = ecriture.Erreurs.Count == 0 ? ecriture.Resultat.Message : "Corrigez les champs signalés : la rencontre n'a pas été notée.";
        return await ChargerAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostActeAsync(int version, ActeParrainage acte, IssueParrainage? issue, CancellationToken ct)
    {
        var ecriture = await service.AgirAsync(Id, version, acte, issue, ct);
        if (this.SortieFormulaire(ecriture, $"/parrainage/{Id}", ServiceParrainages.Introuvable) is { } sortie) return sortie;
        ErreurActe = ecriture.Resultat.Message;
        return await ChargerAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> ChargerAsync(CancellationToken ct)
    {
        if (await consultation.FicheAsync(Id, ct) is not { } fiche) return false;
        Parrainage = fiche;
        return true;
    }
}
