using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Acces.ClesApi;

public sealed class SaisieCleApi
{
    [Required(ErrorMessage = "Donnez un nom à la clé (par exemple « Dépôt nocturne CAF »).")]
    [StringLength(100, ErrorMessage = "Le nom tient en 100 caractères au plus.")]
    public string? Nom { get; set; }

    public List<string> Portees { get; set; } = [];

    [Required(ErrorMessage = "Indiquez jusqu'à quel jour la clé est valable.")]
    public DateOnly? ValableJusquAu { get; set; }
}

/// <summary>A key as the list shows it, with its last call read from the call log.</summary>
public sealed record LigneCleApi(int Id, string Nom, string Prefixe, string Portees, DateTime CreeLe, string CreePar, DateTime ExpireLe, bool Actif, int Version, DateTime? DernierAppel)
{
    public IEnumerable<string> ListePortees => Portees.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>API keys of the département: create with scopes and an expiry (shown once), revoke. Administrators only.</summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class IndexModel(AppDbContext db, AuditJournal audit, Activation activation, CurrentUser utilisateur, HeureLegale heure, IOptions<OptionsClesApi> options) : PageModel
{
    [BindProperty] public SaisieCleApi Saisie { get; set; } = new();

    public IReadOnlyList<LigneCleApi> Cles { get; private set; } = [];

    /// <summary>The key just created: displayed once, never stored in clear.</summary>
    public string? NouvelleCle { get; private set; }

    public DateOnly DernierJourPossible => heure.Aujourdhui.AddDays(options.Value.DureeMaximaleJours);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Saisie.ValableJusquAu = heure.Aujourdhui.AddDays(Math.Min(90, options.Value.DureeMaximaleJours));
        await ChargerAsync(ct);
    }

    public async Task<IActionResult> OnPostCreerAsync(CancellationToken ct)
    {
        Verifier();
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
            Portees = string.Join(' ', PorteesApi.Toutes.Select(p => p.Nom).Where(Saisie.Portees.Contains)),
            // Valid through the whole chosen day, in the département's legal time.
            ExpireLe = heure.DebutDuJourUtc(Saisie.ValableJusquAu!.Value.AddDays(1)),
            CreePar = utilisateur.Email ?? "?",
            CreeLe = heure.MaintenantUtc,
        };
        db.ClesApi.Add(nouvelle);
        await db.SaveChangesAsync(ct);
        await audit.EnregistrerMaintenantAsync(AuditActions.Creation, nameof(CleApi), nouvelle.Id,
            $"Clé d'API « {nouvelle.Nom} » ({CleApi.Entete}{prefixe}…), portées {nouvelle.Portees}, valable jusqu'au {Saisie.ValableJusquAu:dd/MM/yyyy}", ct: ct);
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

    /// <summary>The rules the form cannot state alone: known scopes, at least one; an expiry in the future within the configured maximum.</summary>
    private void Verifier()
    {
        if (Saisie.Portees.Count == 0 || !Saisie.Portees.All(PorteesApi.Existe))
            ModelState.AddModelError($"{nameof(Saisie)}.{nameof(Saisie.Portees)}", "Cochez au moins une portée parmi celles proposées.");
        if (Saisie.ValableJusquAu is { } jour && (jour < heure.Aujourdhui || jour > DernierJourPossible))
            ModelState.AddModelError($"{nameof(Saisie)}.{nameof(Saisie.ValableJusquAu)}",
                $"Choisissez un jour entre aujourd'hui et le {DernierJourPossible:dd/MM/yyyy} ({options.Value.DureeMaximaleJours} jours au plus).");
    }

    private async Task ChargerAsync(CancellationToken ct) =>
        Cles = await db.ClesApi.AsNoTracking().OrderByDescending(c => c.Actif).ThenBy(c => c.Nom)
            .Select(c => new LigneCleApi(c.Id, c.Nom, c.Prefixe, c.Portees, c.CreeLe, c.CreePar, c.ExpireLe, c.Actif, c.Version,
                db.AppelsClesApi.Where(a => a.CleApiId == c.Id).Max(a => (DateTime?)a.Instant)))
            .ToListAsync(ct);
}
