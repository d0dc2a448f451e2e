using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Accueil;

public sealed class IndexModel(CurrentUser user, AppDbContext db, CacheDepartement cache, EcheancesUtilisateur echeances) : PageModel
{
    public sealed record LigneHabilitation(string Role, string Perimetre);

    public Espace? Espace { get; private set; }
    public string Prenom { get; private set; } = "";
    public IReadOnlyList<LigneHabilitation> Habilitations { get; private set; } = [];
    /// <summary>Late and coming deadlines, one block per caseload the user has (none for roles without persons).</summary>
    public IReadOnlyList<BlocEcheances> Echeances { get; private set; } = [];
    public bool DigestQuotidien { get; private set; }
    /// <summary>A référent's contracts ending soon; null for other users.</summary>
    public FinsDeContrats? FinsDeContrats { get; private set; }
    public DateOnly Aujourdhui => echeances.Aujourdhui;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (user.Id is string id)
        {
            Echeances = await echeances.PourAsync(user.Habilitations, id, ct);
            FinsDeContrats = await echeances.FinsDeContratsAsync(user.Habilitations, id, ct);
            DigestQuotidien = await db.Set<PreferenceAlertes>().AnyAsync(p => p.UtilisateurId == id && p.DigestQuotidien, ct);
        }
        var habilitations = user.Habilitations;
        Espace = Espaces.Principal(habilitations.Select(h => h.Role));
        Prenom = (user.NomComplet ?? "").Split(' ')[0];
        // Names from the kept referentials: most habilitations name none, and the lists are read once per change.
        var structures = habilitations.Any(h => h.StructureId is not null)
            ? (await StructuresDuDepartement.ListerAsync(db, cache, ct)).ToDictionary(s => s.Id, s => s.Nom) : new Dictionary<int, string>();
        var territoires = habilitations.Any(h => h.TerritoireId is not null)
            ? (await TerritoiresDuDepartement.ListerAsync(db, cache, ct)).ToDictionary(t => t.Id, t => t.Nom) : new Dictionary<int, string>();
        Habilitations = habilitations.Select(h => new LigneHabilitation(h.Role.Libelle(), h switch
        {
            { StructureId: int s } => structures.GetValueOrDefault(s, "Structure inconnue"),
            { TerritoireId: int t } => $"Territoire {territoires.GetValueOrDefault(t, "inconnu")}",
            { Role: Role.Beneficiaire } => "Votre dossier",
            _ => "Tout le département",
        })).ToList();
    }

    /// <summary>Turns the daily e-mail of deadlines on or off for the signed-in user.</summary>
    public async Task<IActionResult> OnPostDigestAsync(bool actif, CancellationToken ct)
    {
        if (user.Id is not string id) return Challenge();
        var preference = await db.Set<PreferenceAlertes>().FirstOrDefaultAsync(p => p.UtilisateurId == id, ct);
        if (preference is null) db.Add(preference = new PreferenceAlertes { UtilisateurId = id });
        preference.DigestQuotidien = actif;
        await db.SaveChangesAsync(ct);
        TempData.Confirmer(actif ? "Vous recevrez chaque matin le récapitulatif de vos échéances." : "Vous ne recevrez plus le récapitulatif quotidien.");
        return RedirectToPage();
    }
}
