using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Comites;

/// <summary>One instance: what it steers, its members with their participation rate, its meetings; its managers add and withdraw members here.</summary>
[Authorize(Policy = Politiques.Comites)]
public sealed class InstanceModel(ConsultationComites consultation, ServiceComites service, AccesComites acces) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public SaisieMembre Membre { get; set; } = new(null, null);

    public VueComite Comite { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> TypesInstitution { get; } =
        [new("Choisir", ""), .. Enum.GetValues<TypeInstitution>().Select(t => new SelectListItem(t.Libelle(), t.ToString()))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAjouterMembreAsync(CancellationToken ct)
    {
        if (!acces.GereQuelqueChose) return Forbid();
        var ecriture = await service.AjouterMembreAsync(Id, Membre, ct);
        if (ecriture.Resultat.Reussi) return Suite(ecriture);
        if (ecriture.Resultat == RefusComite.Introuvable.Resultat) return NotFound();
        if (ecriture.Interdit()) return Forbid();
        ModelState.Clear();
        ModelState.SignalerChamps(ecriture, nameof(Membre));
        TempData.Signaler(ecriture.MessageFormulaire);
        return await ChargerAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostMembreAsync(int membreId, bool actif, CancellationToken ct)
    {
        if (!acces.GereQuelqueChose) return Forbid();
        var ecriture = await service.ChangerMembreAsync(Id, membreId, actif, ct);
        if (ecriture.Resultat == RefusComite.Introuvable.Resultat) return NotFound();
        return ecriture.Interdit() ? Forbid() : Suite(ecriture);
    }

    private RedirectResult Suite(Ecriture ecriture)
    {
        if (ecriture.Resultat.Reussi) TempData.Confirmer(ecriture.Resultat.Message);
        else TempData.Signaler(ecriture.Resultat.Message);
        return Redirect($"/comites/{Id}");
    }

    private async Task<bool> ChargerAsync(CancellationToken ct)
    {
        if (await consultation.InstanceAsync(Id, ct) is not { } c) return false;
        Comite = c;
        return true;
    }
}
