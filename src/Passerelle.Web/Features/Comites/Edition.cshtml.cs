using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Comites;

/// <summary>Records an instance, or modifies one at its version; a territorial agent only their territoires' comités locaux.</summary>
[Authorize(Policy = Politiques.GestionComites)]
public sealed class EditionModel(ServiceComites service, ConsultationComites consultation, AccesComites acces, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public SaisieComite Saisie { get; set; } = new(null, null, null, null, null, FrequenceComite.Annuelle);

    public string? Erreur { get; private set; }
    public IReadOnlyList<SelectListItem> Types { get; } = Options<TypeComite>(t => t.Libelle());
    public IReadOnlyList<SelectListItem> Frequences { get; } = Options<FrequenceComite>(f => f.Libelle());
    public IReadOnlyList<SelectListItem> Territoires { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Programmes { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Fiches { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is int id)
        {
            if (await consultation.InstanceAsync(id, ct) is not { } c) return NotFound();
            if (!c.Gere) return Forbid();
            Version = c.Version;
            Saisie = new SaisieComite(c.Nom, c.Type, c.TerritoireId, c.ProgrammeId, [.. c.FicheActionIds], c.Frequence, c.Actif);
        }
        else if (!acces.GereTout) Saisie = Saisie with { Type = TypeComite.Local, Frequence = FrequenceComite.Semestrielle };
        await ChargerAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ecriture = Id is int id ? await service.ModifierAsync(id, Version, Saisie, ct) : await service.CreerAsync(Saisie, ct);
        if (ecriture.Interdit()) return Forbid();
        if (this.SortieFormulaire(ecriture, id => $"/comites/{id}", RefusComite.Introuvable.Resultat) is { } sortie) return sortie;
        ModelState.Clear();
        ModelState.SignalerChamps(ecriture, nameof(Saisie));
        Erreur = ecriture.MessageFormulaire;
        await ChargerAsync(ct);
        return Page();
    }

    private static SelectListItem[] Options<T>(Func<T, string> libelle) where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(v => new SelectListItem(libelle(v), v.ToString()))];

    private async Task ChargerAsync(CancellationToken ct)
    {
        var territoires = await db.Territoires.OrderBy(t => t.Nom).Select(t => new { t.Id, t.Nom }).ToListAsync(ct);
        Territoires = [new("Aucun (instance départementale)", ""), .. territoires.Where(t => acces.GereTout || acces.Territoires.Contains(t.Id))
            .Select(t => new SelectListItem(t.Nom, t.Id.ToString(CultureInfo.InvariantCulture)))];
        Programmes = [new("Aucun", ""), .. (await db.Set<Programmes.Programme>().OrderBy(p => p.Debut).Select(p => new { p.Id, p.Titre }).ToListAsync(ct))
            .Select(p => new SelectListItem(p.Titre, p.Id.ToString(CultureInfo.InvariantCulture)))];
        Fiches = [.. (await db.Set<Programmes.ElementProgramme>().Where(e => e.Fiche != null).OrderBy(e => e.ProgrammeId).ThenBy(e => e.Ordre)
                .Select(e => new { e.Id, e.Code, e.Titre }).ToListAsync(ct))
            .Select(e => new SelectListItem($"{e.Code} – {(e.Titre.Length > 90 ? e.Titre[..90] + "…" : e.Titre)}", e.Id.ToString(CultureInfo.InvariantCulture)))];
    }
}
