using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Structures.Administration;

[Authorize(Policy = Politiques.Administration)]
public sealed class ModifierModel(AppDbContext db, ReglesStructure regles, CommunesDuDepartement communes, AuditJournal audit)
    : PageModel, IFormulaireStructure
{
    public const string ModifieeEntreTemps =
        "Cette structure a été modifiée entre-temps par quelqu'un d'autre. Rechargez la page pour voir sa version actuelle, puis refaites vos changements.";

    [BindProperty] public SaisieStructure Saisie { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    public IReadOnlyList<TerritoireDesservi> TerritoiresProposes { get; private set; } = [];
    public IReadOnlyList<Commune> CommunesDuDepartement { get; private set; } = [];
    public string NomActuel { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var s = await db.Structures.AsNoTracking().Include(x => x.Territoires).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return NotFound();
        NomActuel = s.Nom;
        Version = s.Version;
        var commune = communes.Trouver(s.CodeInsee);
        Saisie = new SaisieStructure
        {
            Nom = s.Nom,
            Type = s.Type.ToString(),
            Siret = s.Siret,
            Adresse = s.Adresse,
            Commune = commune is null ? s.CodeInsee : Communes.CommunesDuDepartement.Libelle(commune),
            Telephone = s.Telephone,
            Email = s.Email,
            Territoires = s.Territoires.Select(t => t.TerritoireId).ToList(),
        };
        await PreparerAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var structure = await db.Structures.Include(x => x.Territoires).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (structure is null) return NotFound();
        NomActuel = structure.Nom;
        var (valide, erreurs) = await regles.VerifierAsync(Saisie, id, ct);
        if (valide is null)
        {
            foreach (var (champ, messages) in erreurs) messages.ForEach(m => ModelState.AddModelError($"Saisie.{champ}", m));
            await PreparerAsync(id, ct);
            return Page();
        }
        var avant = Resume(structure);
        valide.Appliquer(structure);
        var modifies = avant.Zip(Resume(structure)).Where(p => p.First.Valeur != p.Second.Valeur).Select(p => p.First.Champ).ToList();
        // Checked and bumped even when only the territoires change: they are part of the structure.
        var version = db.Entry(structure).Property(s => s.Version);
        version.OriginalValue = Version;
        version.IsModified = true;
        audit.Enregistrer(AuditActions.Modification, nameof(Structure), id,
            modifies.Count == 0 ? "Aucun changement" : $"Champs modifiés : {string.Join(", ", modifies)}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, ModifieeEntreTemps);
            await PreparerAsync(id, ct);
            return Page();
        }
        TempData.Confirmer($"La structure « {structure.Nom} » a été modifiée.");
        return Redirect($"/administration/structures/{id}");
    }

    /// <summary>Field names and values compared to tell the audit journal what changed (names only are logged).</summary>
    private static (string Champ, string? Valeur)[] Resume(Structure s) =>
    [
        ("nom", s.Nom), ("type", s.Type.ToString()), ("SIRET", s.Siret), ("adresse", s.Adresse), ("commune", s.CodeInsee),
        ("téléphone", s.Telephone), ("adresse électronique", s.Email),
        ("territoires", string.Join(",", s.Territoires.Select(t => t.TerritoireId).Order())),
    ];

    private async Task PreparerAsync(int id, CancellationToken ct)
    {
        TerritoiresProposes = await regles.TerritoiresProposesAsync(id, ct);
        CommunesDuDepartement = (await communes.ToutesAsync(ct)).ToList();
    }
}
