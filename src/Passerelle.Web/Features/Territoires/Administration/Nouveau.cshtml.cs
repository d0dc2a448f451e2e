using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Territoires.Administration;

[Authorize(Policy = Politiques.Administration)]
public sealed class NouveauModel(AppDbContext db, ReglesTerritoire regles, AuditJournal audit) : PageModel, IFormulaireTerritoire
{
    [BindProperty] public SaisieTerritoire Saisie { get; set; } = new();
    public IReadOnlyList<Commune> Proposees { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Proposees = await regles.CommunesProposeesAsync(null, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (valide, erreurs) = await regles.VerifierAsync(Saisie, null, ct);
        if (valide is null)
        {
            foreach (var (champ, messages) in erreurs) messages.ForEach(m => ModelState.AddModelError($"Saisie.{champ}", m));
            Proposees = await regles.CommunesProposeesAsync(null, ct);
            return Page();
        }
        var territoire = new Territoire { Nom = valide.Nom, Communes = valide.Codes.Select(c => new TerritoireCommune { CodeInsee = c }).ToList() };
        // The audit row needs the new id: both saves share one transaction, so neither exists without the other.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Territoires.Add(territoire);
        await db.SaveChangesAsync(ct);
        audit.Enregistrer(AuditActions.Creation, nameof(Territoire), territoire.Id, $"Nom : {valide.Nom} ; {valide.Codes.Count} commune(s)");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData.Confirmer($"Le territoire « {territoire.Nom} » a été créé.");
        return Redirect($"/administration/territoires/{territoire.Id}");
    }
}
