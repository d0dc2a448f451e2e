using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Employeurs;

/// <summary>One employer's file: identity, commitments, contacts and the history of exchanges, with the forms to add to them.</summary>
[Authorize(Policy = Politiques.Employeurs)]
public sealed class FicheModel(ConsultationEmployeurs consultation, ServiceEmployeurs service, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public FicheEmployeur Employeur { get; private set; } = null!;
    public DateOnly Aujourdhui => heure.Aujourdhui;
    public string? ErreurContact { get; private set; }
    public string? ErreurEchange { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostContactAsync(string? nom, string? fonction, string? telephone, string? courriel, CancellationToken ct)
    {
        var ecriture = await service.AjouterContactAsync(Id, nom, fonction, telephone, courriel, ct);
        if (this.SortieFormulaire(ecriture, $"/employeurs/{Id}#contacts", ServiceEmployeurs.Introuvable) is { } sortie) return sortie;
        ErreurContact = ecriture.Resultat.Message;
        return await ChargerAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostEchangeAsync(DateOnly? date, TypeEchange? type, string? objet, CancellationToken ct)
    {
        var ecriture = await service.AjouterEchangeAsync(Id, date, type, objet, ct);
        if (this.SortieFormulaire(ecriture, $"/employeurs/{Id}#echanges", ServiceEmployeurs.Introuvable) is { } sortie) return sortie;
        ErreurEchange = ecriture.Resultat.Message;
        return await ChargerAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> ChargerAsync(CancellationToken ct)
    {
        if (await consultation.FicheAsync(Id, ct) is not { } fiche) return false;
        Employeur = fiche;
        return true;
    }
}
