using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Administration;

public sealed class SaisieDelegation : IValidatableObject
{
    [Required(ErrorMessage = "Choisissez l'agent qui reçoit la délégation.")]
    public string? UtilisateurId { get; set; }

    [Required(ErrorMessage = "Indiquez la qualité imprimée sous la signature, par exemple « Directrice de l'insertion ».")]
    [StringLength(200, ErrorMessage = "La qualité tient en 200 caractères.")]
    public string? Qualite { get; set; }

    [Required(ErrorMessage = "Indiquez le premier jour de la délégation.")]
    public DateOnly? Debut { get; set; }

    public DateOnly? Fin { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Debut is { } debut && Fin is { } fin && fin < debut)
            yield return new ValidationResult("La fin de la délégation ne peut précéder son début.", [nameof(Fin)]);
    }
}

/// <summary>
/// The président's delegations of signature for EP decisions ([config] <see cref="DelegationDecision"/>): to an agent,
/// with the qualité the letter prints, dated. A delegation is ended, never deleted: past decisions name it.
/// </summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class DelegationsModel(AppDbContext db, AuditJournal audit, HeureLegale heure) : PageModel
{
    public sealed record Ligne(int Id, string Agent, string Qualite, DateOnly Debut, DateOnly? Fin);

    public SaisieDelegation Saisie { get; private set; } = new();
    public IReadOnlyList<Ligne> Delegations { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Agents { get; private set; } = [];
    public DateOnly Aujourdhui => heure.Aujourdhui;

    public Task OnGetAsync(CancellationToken ct) => ChargerAsync(ct);

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Saisie")] SaisieDelegation saisie, CancellationToken ct)
    {
        Saisie = saisie;
        if (ModelState.IsValid && !await AgentsDuDepartement().AnyAsync(u => u.Id == saisie.UtilisateurId, ct))
            ModelState.AddModelError("Saisie.UtilisateurId", "Ce compte n'est pas un agent départemental actif du département.");
        if (!ModelState.IsValid)
        {
            await ChargerAsync(ct);
            return Page();
        }
        var delegation = new DelegationDecision { UtilisateurId = saisie.UtilisateurId!, Qualite = saisie.Qualite!.Trim(), Debut = saisie.Debut!.Value, Fin = saisie.Fin };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(delegation);
        await db.SaveChangesAsync(ct);
        audit.Enregistrer(AuditActions.Creation, nameof(DelegationDecision), delegation.Id,
            $"Agent {delegation.UtilisateurId}, « {delegation.Qualite} », du {Jour(delegation.Debut)}{(delegation.Fin is { } f ? $" au {Jour(f)}" : "")}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData.Confirmer("La délégation de décision est enregistrée.");
        return RedirectToPage();
    }

    /// <summary>Ends a delegation yesterday: from today its holder no longer decides.</summary>
    public async Task<IActionResult> OnPostTerminerAsync(int delegationId, CancellationToken ct)
    {
        var delegation = await db.Set<DelegationDecision>().FirstOrDefaultAsync(d => d.Id == delegationId, ct);
        if (delegation is null) return NotFound();
        var veille = Aujourdhui.AddDays(-1);
        if (!delegation.EnVigueur(Aujourdhui)) TempData.Signaler("Cette délégation n'est pas en vigueur aujourd'hui : rien n'a changé.");
        else
        {
            delegation.Fin = veille < delegation.Debut ? delegation.Debut : veille;
            audit.Enregistrer(AuditActions.Modification, nameof(DelegationDecision), delegation.Id, $"Terminée le {Jour(delegation.Fin.Value)}");
            await db.SaveChangesAsync(ct);
            TempData.Confirmer("La délégation est terminée.");
        }
        return RedirectToPage();
    }

    private IQueryable<Utilisateur> AgentsDuDepartement() => db.UtilisateursDuDepartement()
        .Where(u => u.Actif && db.Habilitations.Any(h => h.UtilisateurId == u.Id && h.Role == Role.AgentDepartemental));

    private async Task ChargerAsync(CancellationToken ct)
    {
        var agents = await AgentsDuDepartement().OrderBy(u => u.Nom).ThenBy(u => u.Prenom).Select(u => new { u.Id, Nom = u.Prenom + " " + u.Nom }).ToListAsync(ct);
        Agents = [new("Choisir", ""), .. agents.Select(a => new SelectListItem(a.Nom, a.Id))];
        var noms = await db.UtilisateursDuDepartement().Select(u => new { u.Id, Nom = u.Prenom + " " + u.Nom }).ToDictionaryAsync(u => u.Id, u => u.Nom, ct);
        Delegations = [.. (await db.Set<DelegationDecision>().AsNoTracking().OrderByDescending(d => d.Debut).ToListAsync(ct))
            .Select(d => new Ligne(d.Id, noms.GetValueOrDefault(d.UtilisateurId, "Compte supprimé"), d.Qualite, d.Debut, d.Fin))];
    }

    public static string Jour(DateOnly jour) => jour.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
