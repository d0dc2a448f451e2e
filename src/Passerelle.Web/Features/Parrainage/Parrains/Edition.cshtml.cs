using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Parrainage.Parrains;

/// <summary>Records a mentor's profile on an account habilitated « Parrain », or modifies it at its version (including making it inactive).</summary>
[Authorize(Policy = Politiques.GestionParrains)]
public sealed class EditionModel(ServiceParrains service, AppDbContext db, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public SaisieParrain Saisie { get; set; } = new(null, null, null, null, null, null);

    public string? Compte { get; private set; }
    public string? Erreur { get; private set; }
    public IReadOnlyList<SelectListItem> Comptes { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Employeurs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is int id)
        {
            if (await db.Set<Parrain>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is not { } p) return NotFound();
            Version = p.Version;
            Saisie = new SaisieParrain(p.UtilisateurId, p.Metier, p.Secteur, p.EmployeurId, p.Disponibilites, p.DateEngagement, p.Actif);
        }
        else Saisie = Saisie with { DateEngagement = heure.Aujourdhui };
        await ChargerAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ecriture = Id is int id ? await service.ModifierAsync(id, Version, Saisie, ct) : await service.CreerAsync(Saisie, ct);
        if (this.SortieFormulaire(ecriture, "/parrainage/parrains", ServiceParrains.Introuvable) is { } sortie) return sortie;
        ModelState.SignalerChamps(ecriture, nameof(Saisie));
        Erreur = ecriture.MessageFormulaire;
        await ChargerAsync(ct);
        return Page();
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        if (Id is int id)
            Compte = await db.Set<Parrain>().Where(p => p.Id == id).Join(db.Users, p => p.UtilisateurId, u => u.Id, (p, u) => u.Prenom + " " + u.Nom + " (" + u.Email + ")").FirstOrDefaultAsync(ct);
        else Comptes = [new SelectListItem("Choisissez un compte", ""), .. (await service.ComptesDisponiblesAsync(ct)).Select(c => new SelectListItem(c.Nom, c.Id))];
        Employeurs = [new SelectListItem("Aucun", ""), .. (await service.EmployeursAsync(ct)).Select(e => new SelectListItem(e.Nom, e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
