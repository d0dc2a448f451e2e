using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.OffresEmploi;

/// <summary>Records an offer of an employer, or modifies one at its version; each refused field says why, nothing is saved until all pass.</summary>
[Authorize(Policy = Politiques.Employeurs)]
public sealed class EditionModel(ServiceOffres service, AccesOffresEmploi acces, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? Employeur { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public SaisieOffre Saisie { get; set; } = new(null, null, null, null, null, null, null, 1, null, null);

    public IReadOnlyDictionary<string, string> Erreurs { get; private set; } = new Dictionary<string, string>();
    public string? Erreur { get; private set; }
    public IReadOnlyList<(int Id, string Nom)> Employeurs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is int id)
        {
            if (await acces.Gerees(db.Set<OffreEmploi>().AsNoTracking()).FirstOrDefaultAsync(o => o.Id == id, ct) is not { } o) return NotFound();
            Version = o.Version;
            Saisie = new SaisieOffre(o.EmployeurId, o.Intitule, o.CodeRome, o.TypeContrat, o.DureeMois, o.HeuresHebdomadaires, o.CodeInsee, o.NombrePostes,
                o.DatePublication, o.DateLimite);
        }
        else Saisie = Saisie with { EmployeurId = Employeur };
        Employeurs = await service.EmployeursPossiblesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ecriture = Id is int id ? await service.ModifierAsync(id, Version, Saisie, ct) : await service.CreerAsync(Saisie, ct);
        if (this.SortieFormulaire(ecriture, enregistree => $"/offres-emploi/{enregistree}", ServiceOffres.Introuvable) is { } sortie) return sortie;
        (Erreurs, Erreur) = (ecriture.Erreurs, ecriture.MessageFormulaire);
        Employeurs = await service.EmployeursPossiblesAsync(ct);
        return Page();
    }
}
