using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Agenda;

/// <summary>A structure's agenda: its coming slots with their occupancy, and new slots, in the agendas
/// of <see cref="PerimetreAgenda"/>; another structure's id is answered as a missing one.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, AuditJournal audit, HeureLegale heure) : PageModel
{
    public sealed class SaisieCreneau
    {
        public TypeRendezVous Type { get; set; } = TypeRendezVous.EntretienOrientation;
        [Required(ErrorMessage = "Indiquez la date.")] public DateOnly? Date { get; set; }
        [Required(ErrorMessage = "Indiquez l'heure.")] public TimeOnly? Heure { get; set; }
        [Range(10, 480, ErrorMessage = "La durée va de 10 à 480 minutes.")] public int DureeMinutes { get; set; } = 45;
        [Required(ErrorMessage = "Indiquez le lieu."), StringLength(300)] public string? Lieu { get; set; }
        [Range(1, 200, ErrorMessage = "La capacité va de 1 à 200 personnes.")] public int Capacite { get; set; } = 1;
        public string? ReferentId { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? StructureId { get; set; }
    [BindProperty] public SaisieCreneau Saisie { get; set; } = new();
    public IReadOnlyList<SelectListItem> Structures { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Referents { get; private set; } = [];
    public IReadOnlyList<Creneau> Creneaux { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Types { get; } = [.. Enum.GetValues<TypeRendezVous>().Select(t => new SelectListItem(t.Libelle(), t.ToString()))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await ChargerAsync(ct)) return NotFound();
        if (Saisie.ReferentId is { Length: > 0 } r && !Referents.Any(x => x.Value == r)) ModelState.AddModelError("Saisie.ReferentId", "Ce référent n'est pas de cette structure.");
        var debut = Saisie.Date is { } d && Saisie.Heure is { } h ? heure.VersUtc(d, h) : (DateTime?)null;
        if (debut <= heure.MaintenantUtc) ModelState.AddModelError("Saisie.Date", "Ce créneau est passé : choisissez une date à venir.");
        if (!ModelState.IsValid) return Page();
        var creneau = new Creneau
        {
            StructureId = StructureId!.Value,
            ReferentId = string.IsNullOrEmpty(Saisie.ReferentId) ? null : Saisie.ReferentId,
            Type = Saisie.Type,
            Debut = debut!.Value,
            DureeMinutes = Saisie.DureeMinutes,
            Lieu = Saisie.Lieu!.Trim(),
            Capacite = Saisie.Capacite,
        };
        db.Add(creneau);
        audit.Enregistrer(ActionsAgenda.Creneau, nameof(Creneau), null, $"{Saisie.Type.Libelle()} le {heure.Horodatage(creneau.Debut)}, {creneau.Capacite} place(s)");
        await db.SaveChangesAsync(ct);
        TempData.Confirmer("Créneau ajouté à l'agenda.");
        return RedirectToPage(new { StructureId });
    }

    /// <returns>false when the structure asked for is outside the user's structures.</returns>
    private async Task<bool> ChargerAsync(CancellationToken ct)
    {
        var perimetre = PerimetreAgenda.De(user);
        var visibles = perimetre.Filtrer(db.Structures.AsNoTracking()).Where(s => s.Actif);
        Structures = await visibles.OrderBy(s => s.Nom).Select(s => new SelectListItem(s.Nom, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToListAsync(ct);
        StructureId ??= perimetre.Structures.Count > 0 ? perimetre.Structures[0] : Structures.Select(s => (int?)int.Parse(s.Value!, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        if (StructureId is not int id || !await visibles.AnyAsync(s => s.Id == id, ct)) return false;
        Referents = await db.Habilitations.AsNoTracking().Where(h => h.Role == Role.Referent && h.StructureId == id)
            .Join(db.Users.Where(u => u.Actif), h => h.UtilisateurId, u => u.Id, (h, u) => new SelectListItem(u.Prenom + " " + u.Nom, u.Id)).ToListAsync(ct);
        var maintenant = heure.MaintenantUtc;
        Creneaux = await db.Set<Creneau>().AsNoTracking().Where(c => c.StructureId == id && c.Debut > maintenant).OrderBy(c => c.Debut).Take(100).ToListAsync(ct);
        return true;
    }

    public string NomReferent(string? id) => id is null ? "Structure" : Referents.FirstOrDefault(r => r.Value == id)?.Text ?? "—";
}
