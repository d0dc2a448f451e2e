using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Iae.Pages;

/// <summary>Records a person's hire in a SIAE; refused fields come back with their reason.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class EntreeModel(ServiceIae service, PerimetreDossiers perimetre, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Personne { get; set; }
    [BindProperty] public SaisieEntreeIae Saisie { get; set; } = new(null, null, null, null);

    public IReadOnlyList<SelectListItem> Structures { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Contrats { get; } =
        [new("Choisissez le contrat", ""), .. Enum.GetValues<TypeContratIae>().Select(c => new SelectListItem(c.Libelle(), c.ToString()))];
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await perimetre.Filtrer(db.Personnes).AnyAsync(p => p.Id == Personne, ct)) return NotFound();
        await ChargerAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ecriture = await service.EntrerAsync(Personne, Saisie, ct);
        if (this.SortieFormulaire(ecriture, $"/personnes/{Personne}#iae", ServiceIae.Introuvable) is { } sortie) return sortie;
        ModelState.SignalerChamps(ecriture, nameof(Saisie));
        Erreur = ecriture.MessageFormulaire;
        await ChargerAsync(ct);
        return Page();
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        var types = VocabulaireEmploisInclusion.Kinds.Keys.ToList();
        Structures = [new("Choisissez la SIAE", ""), .. (await db.Structures.Where(s => s.Actif && types.Contains(s.Type)).OrderBy(s => s.Nom).Select(s => new { s.Id, s.Nom, s.Type }).ToListAsync(ct))
            .Select(s => new SelectListItem($"{s.Nom} ({VocabulaireEmploisInclusion.Kinds[s.Type]})", s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
