using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.EquipesPluridisciplinaires.Detection;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Administration;

public sealed class SaisieThematique
{
    public int Id { get; set; }

    [Required(ErrorMessage = "Donnez un libellé à chaque thématique.")]
    [StringLength(200, ErrorMessage = "Un libellé de thématique tient en 200 caractères.")]
    public string? Libelle { get; set; }

    [Range(1, 99, ErrorMessage = "L'ordre de passage va de 1 à 99.")]
    public int Ordre { get; set; }

    public bool Active { get; set; }
}

/// <summary>
/// The département's thématiques ([config]): their label, their order on a session's agenda, whether they are in use.
/// The natures are the law's: a thématique is switched off, never deleted, so past dossiers keep theirs.
/// </summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class ThematiquesModel(AppDbContext db, AuditJournal audit) : PageModel
{
    [BindProperty] public List<SaisieThematique> Lignes { get; set; } = [];
    public IReadOnlyDictionary<int, NatureThematique> Natures { get; private set; } = new Dictionary<int, NatureThematique>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var thematiques = await ThematiquesEp.ListeAsync(db, ct);
        Natures = thematiques.ToDictionary(t => t.Id, t => t.Nature);
        Lignes = [.. thematiques.Select(t => new SaisieThematique { Id = t.Id, Libelle = t.Libelle, Ordre = t.Ordre, Active = t.Active })];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var thematiques = await db.Set<ThematiqueEp>().ToDictionaryAsync(t => t.Id, ct);
        Natures = thematiques.ToDictionary(t => t.Key, t => t.Value.Nature);
        if (Lignes.Any(l => !thematiques.ContainsKey(l.Id))) return NotFound();
        if (!ModelState.IsValid) return Page();
        var modifiees = new List<string>();
        foreach (var l in Lignes)
        {
            var t = thematiques[l.Id];
            if ((t.Libelle, t.Ordre, t.Active) == (l.Libelle!.Trim(), l.Ordre, l.Active)) continue;
            (t.Libelle, t.Ordre, t.Active) = (l.Libelle.Trim(), l.Ordre, l.Active);
            modifiees.Add($"{t.Nature} : « {t.Libelle} », ordre {t.Ordre}{(t.Active ? "" : ", inactive")}");
        }
        if (modifiees.Count > 0)
        {
            audit.Enregistrer(AuditActions.Modification, nameof(ThematiqueEp), null, string.Join(" ; ", modifiees));
            await db.SaveChangesAsync(ct);
        }
        TempData.Confirmer(modifiees.Count == 0 ? "Aucune thématique n'a changé." : $"{modifiees.Count} thématique(s) modifiée(s).");
        return RedirectToPage();
    }
}
