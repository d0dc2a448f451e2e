using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Referents.Administration;

public sealed record LigneOffre(TypeOrientation Type, string Nom, int Charge);

/// <summary>
/// Which orientation types a structure accepts and its places conventionnées for each
/// (<see cref="OffreAccompagnement"/>), beside its current load: open designations of that type.
/// </summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class AccompagnementModel(AppDbContext db, ReglesEnVigueur regles, AuditJournal audit, HeureLegale heure) : PageModel
{
    [BindProperty] public SaisieOffres Saisie { get; set; } = new();
    public string NomStructure { get; private set; } = "";
    public IReadOnlyList<LigneOffre> Lignes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await PreparerAsync(id, ct)) return NotFound();
        var offres = await db.Set<OffreAccompagnement>().AsNoTracking().Where(o => o.StructureId == id).ToListAsync(ct);
        Saisie = new SaisieOffres
        {
            Offres = Enum.GetValues<TypeOrientation>().Select(t => offres.FirstOrDefault(o => o.TypeOrientation == t) is { } o
                ? new SaisieOffre { Accepte = true, Places = o.Places }
                : new SaisieOffre()).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await PreparerAsync(id, ct)) return NotFound();
        while (Saisie.Offres.Count < Lignes.Count) Saisie.Offres.Add(new SaisieOffre());
        var erreurs = Saisie.Verifier(Lignes.ToDictionary(l => l.Type, l => l.Charge), t => Lignes.First(l => l.Type == t).Nom);
        if (erreurs.Count > 0 || !ModelState.IsValid)
        {
            foreach (var (champ, message) in erreurs) ModelState.AddModelError($"Saisie.{champ}", message);
            return Page();
        }
        var offres = await db.Set<OffreAccompagnement>().Where(o => o.StructureId == id).ToListAsync(ct);
        foreach (var type in Enum.GetValues<TypeOrientation>())
        {
            var saisie = Saisie.Pour(type);
            var offre = offres.FirstOrDefault(o => o.TypeOrientation == type);
            if (!saisie.Accepte && offre is not null) db.Remove(offre);
            else if (saisie.Accepte && offre is null) db.Add(new OffreAccompagnement { StructureId = id, TypeOrientation = type, Places = saisie.Places });
            else if (offre is not null) offre.Places = saisie.Places;
        }
        var resume = string.Join(", ", Enum.GetValues<TypeOrientation>().Where(t => Saisie.Pour(t).Accepte)
            .Select(t => $"{t.LibelleNational()} ({Saisie.Pour(t).Places?.ToString() ?? "sans limite"})"));
        audit.Enregistrer(AuditActions.Modification, nameof(OffreAccompagnement), id, $"Offres d'accompagnement : {(resume.Length == 0 ? "aucune" : resume)}");
        await db.SaveChangesAsync(ct);
        TempData.Confirmer($"Les offres d'accompagnement de « {NomStructure} » sont enregistrées.");
        return Redirect($"/administration/structures/{id}/accompagnement");
    }

    private async Task<bool> PreparerAsync(int id, CancellationToken ct)
    {
        var nom = await db.Structures.Where(s => s.Id == id).Select(s => s.Nom).SingleOrDefaultAsync(ct);
        if (nom is null) return false;
        NomStructure = nom;
        var charges = await db.Set<DesignationReferent>().Where(d => d.StructureId == id && d.DateFin == null)
            .GroupBy(d => d.TypeOrientation).Select(g => new { g.Key, Nombre = g.Count() }).ToListAsync(ct);
        // Names as the département calls them today (its set in force, else the national one).
        var jeu = await regles.PourAsync(heure.Aujourdhui, ct);
        Lignes = Enum.GetValues<TypeOrientation>()
            .Select(t => new LigneOffre(t, jeu.NomType(t), charges.FirstOrDefault(c => c.Key == t)?.Nombre ?? 0)).ToList();
        return true;
    }
}
