using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Territoires.Administration;

[Authorize(Policy = Politiques.Administration)]
public sealed class ModifierModel(AppDbContext db, ReglesTerritoire regles, AuditJournal audit) : PageModel, IFormulaireTerritoire
{
    public const string ModifieEntreTemps =
        "Ce territoire a été modifié entre-temps par quelqu'un d'autre. Rechargez la page pour voir sa version actuelle, puis refaites vos changements.";

    [BindProperty] public SaisieTerritoire Saisie { get; set; } = new();
    public IReadOnlyList<Commune> Proposees { get; private set; } = [];
    public string NomActuel { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var territoire = await db.Territoires.Include(t => t.Communes).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (territoire is null) return NotFound();
        NomActuel = territoire.Nom;
        Saisie = new SaisieTerritoire { Nom = territoire.Nom, Codes = territoire.Communes.Select(c => c.CodeInsee).ToList(), Version = territoire.Version };
        Proposees = await regles.CommunesProposeesAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var territoire = await db.Territoires.Include(t => t.Communes).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (territoire is null) return NotFound();
        NomActuel = territoire.Nom;
        var (valide, erreurs) = await regles.VerifierAsync(Saisie, id, ct);
        if (valide is null)
        {
            foreach (var (champ, messages) in erreurs) messages.ForEach(m => ModelState.AddModelError($"Saisie.{champ}", m));
            Proposees = await regles.CommunesProposeesAsync(id, ct);
            return Page();
        }
        var retirees = territoire.Communes.Where(c => !valide.Codes.Contains(c.CodeInsee)).ToList();
        var ajoutees = valide.Codes.Except(territoire.Communes.Select(c => c.CodeInsee)).ToList();
        retirees.ForEach(c => territoire.Communes.Remove(c));
        territoire.Communes.AddRange(ajoutees.Select(c => new TerritoireCommune { CodeInsee = c }));
        var renomme = territoire.Nom != valide.Nom;
        territoire.Nom = valide.Nom;
        // The version is checked and bumped even when only communes change: they are part of the territoire.
        var version = db.Entry(territoire).Property(t => t.Version);
        version.OriginalValue = Saisie.Version;
        version.IsModified = true;
        audit.Enregistrer(AuditActions.Modification, nameof(Territoire), id,
            $"{(renomme ? $"Renommé en {valide.Nom} ; " : "")}{ajoutees.Count} commune(s) ajoutée(s), {retirees.Count} retirée(s)");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, ModifieEntreTemps);
            Proposees = await regles.CommunesProposeesAsync(id, ct);
            return Page();
        }
        TempData.Confirmer($"Le territoire « {territoire.Nom} » a été modifié.");
        return Redirect($"/administration/territoires/{id}");
    }
}
