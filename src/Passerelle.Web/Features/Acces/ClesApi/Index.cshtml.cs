using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Acces.ClesApi;

public sealed class SaisieCleApi
{
    [Required(ErrorMessage = "Donnez un nom à la clé (par exemple « Dépôt nocturne CAF »).")]
    [StringLength(100, ErrorMessage = "Le nom tient en 100 caractères au plus.")]
    public string? Nom { get; set; }
}

/// <summary>API keys of the département: create (shown once), revoke. Administrators only.</summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class IndexModel(AppDbContext db, AuditJournal audit, Activation activation, CurrentUser utilisateur, TimeProvider clock) : PageModel
{
    [BindProperty] public SaisieCleApi Saisie { get; set; } = new();

    public IReadOnlyList<CleApi> Cles { get; private set; } = [];

    /// <summary>The key just created: displayed once, never stored in clear.</summary>
    public string? NouvelleCle { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await ChargerAsync(ct);

    public async Task<IActionResult> OnPostCreerAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await ChargerAsync(ct);
            return Page();
        }
        var (cle, prefixe) = CleApi.Generer();
        var nouvelle = new CleApi
        {
            Nom = Saisie.Nom!.Trim(),
            Prefixe = prefixe,
            Empreinte = CleApi.Hacher(cle),
            CreePar = utilisateur.Email ?? "?",
            CreeLe = clock.GetUtcNow().UtcDateTime,
        };
        db.ClesApi.Add(nouvelle);
        await db.SaveChangesAsync(ct);
        await audit.EnregistrerMaintenantAsync(AuditActions.Creation, nameof(CleApi), nouvelle.Id, $"Clé d'API « {nouvelle.Nom} » ({CleApi.Entete}{prefixe}…)", ct: ct);
        NouvelleCle = cle;
        Saisie = new SaisieCleApi();
        ModelState.Clear();
        await ChargerAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevoquerAsync(int id, int version, CancellationToken ct)
    {
        var (resultat, _) = await activation.ChangerAsync<CleApi>(id, version, actif: false, ct);
        if (resultat == ResultatActivation.Introuvable) return NotFound();
        if (resultat == ResultatActivation.Fait) TempData.Confirmer("Clé révoquée : elle est refusée dès maintenant.");
        else TempData.Signaler("La clé a été modifiée entre-temps ; rechargez la page.");
        return Redirect("/administration/cles-api");
    }

    private async Task ChargerAsync(CancellationToken ct) =>
        Cles = await db.ClesApi.AsNoTracking().OrderByDescending(c => c.Actif).ThenBy(c => c.Nom).ToListAsync(ct);
}
