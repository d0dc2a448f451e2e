using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Administration;

/// <summary>
/// One EP: created or changed (one active EP per territoire, and one for the whole département), and its members,
/// added or switched off (a member who sat in a session stays in its record).
/// </summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class EquipeModel(AppDbContext db, AuditJournal audit) : PageModel
{
    public const string ModifieeEntreTemps = "Cette équipe a été modifiée entre-temps : rechargez la page et recommencez.";

    public int? Id { get; private set; }
    public SaisieEquipe Saisie { get; private set; } = new();
    public SaisieMembre Membre { get; private set; } = new();
    public IReadOnlyList<MembreEquipe> Membres { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Territoires { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Comptes { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Fonctions { get; } =
        [new("Choisir", ""), .. Enum.GetValues<FonctionMembre>().Select(f => new SelectListItem(f.Libelle(), f.ToString()))];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is int existante)
        {
            var equipe = await db.Set<EquipePluridisciplinaire>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == existante, ct);
            if (equipe is null) return NotFound();
            Saisie = SaisieEquipe.Depuis(equipe);
        }
        return await AfficherAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int? id, [Bind(Prefix = "Saisie")] SaisieEquipe saisie, CancellationToken ct)
    {
        Saisie = saisie;
        var equipe = id is int existante ? await db.Set<EquipePluridisciplinaire>().FirstOrDefaultAsync(e => e.Id == existante, ct) : new EquipePluridisciplinaire { Nom = "" };
        if (equipe is null) return NotFound();
        if (ModelState.IsValid) await VerifierAsync(saisie, id, ct);
        if (!ModelState.IsValid) return await AfficherAsync(id, ct);
        saisie.Appliquer(equipe);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (id is null) db.Add(equipe);
        else db.Entry(equipe).Property(e => e.Version).OriginalValue = saisie.Version;
        try
        {
            await db.SaveChangesAsync(ct);
            audit.Enregistrer(id is null ? AuditActions.Creation : AuditActions.Modification, nameof(EquipePluridisciplinaire), equipe.Id,
                $"{equipe.Nom} ; territoire {equipe.TerritoireId?.ToString(CultureInfo.InvariantCulture) ?? "département"} ; quorum {equipe.Quorum} ; minimums {equipe.MinimumDepartement}/{equipe.MinimumFranceTravail}/"
                + $"{equipe.MinimumProfessionnelsInsertion}/{equipe.MinimumRepresentantsBeneficiaires}{(equipe.Active ? "" : " ; inactive")}");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, ModifieeEntreTemps);
            db.ChangeTracker.Clear();
            return await AfficherAsync(id, ct);
        }
        TempData.Confirmer(id is null ? $"L'équipe « {equipe.Nom} » est créée : ajoutez ses membres." : $"L'équipe « {equipe.Nom} » est enregistrée.");
        return Redirect($"/administration/equipes-pluridisciplinaires/equipes/{equipe.Id}");
    }

    public async Task<IActionResult> OnPostAjouterMembreAsync(int id, [Bind(Prefix = "Membre")] SaisieMembre membre, CancellationToken ct)
    {
        Membre = membre;
        var equipe = await db.Set<EquipePluridisciplinaire>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (equipe is null) return NotFound();
        Saisie = SaisieEquipe.Depuis(equipe);
        var utilisateur = string.IsNullOrWhiteSpace(membre.UtilisateurId) ? null : membre.UtilisateurId;
        if (utilisateur is not null && !await ComptesMembres().AnyAsync(u => u.Id == utilisateur, ct))
            ModelState.AddModelError("Membre.UtilisateurId", "Ce compte n'a pas le rôle « membre d'équipe pluridisciplinaire » dans le département.");
        if (!ModelState.IsValid) return await AfficherAsync(id, ct);
        var nouveau = new MembreEquipe
        {
            EquipePluridisciplinaireId = id,
            Prenom = membre.Prenom!.Trim(),
            Nom = membre.Nom!.Trim(),
            Fonction = membre.Fonction!.Value,
            Organisation = membre.Organisation!.Trim(),
            Courriel = string.IsNullOrWhiteSpace(membre.Courriel) ? null : membre.Courriel.Trim(),
            UtilisateurId = utilisateur,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(nouveau);
        await db.SaveChangesAsync(ct);
        audit.Enregistrer(AuditActions.Creation, nameof(MembreEquipe), nouveau.Id, $"{nouveau.NomComplet}, {nouveau.Fonction.Libelle()}, {nouveau.Organisation}, équipe {id}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData.Confirmer($"{nouveau.NomComplet} est membre de l'équipe.");
        return Redirect($"/administration/equipes-pluridisciplinaires/equipes/{id}");
    }

    public async Task<IActionResult> OnPostBasculerMembreAsync(int id, int membreId, CancellationToken ct)
    {
        var membre = await db.Set<MembreEquipe>().FirstOrDefaultAsync(m => m.Id == membreId && m.EquipePluridisciplinaireId == id, ct);
        if (membre is null) return NotFound();
        membre.Actif = !membre.Actif;
        audit.Enregistrer(membre.Actif ? AuditActions.Reactivation : AuditActions.Desactivation, nameof(MembreEquipe), membre.Id, membre.NomComplet);
        await db.SaveChangesAsync(ct);
        TempData.Confirmer(membre.Actif ? $"{membre.NomComplet} siège de nouveau dans l'équipe." : $"{membre.NomComplet} ne siège plus dans l'équipe.");
        return Redirect($"/administration/equipes-pluridisciplinaires/equipes/{id}");
    }

    private async Task VerifierAsync(SaisieEquipe saisie, int? id, CancellationToken ct)
    {
        if (saisie.TerritoireId is int t && !await db.Territoires.AnyAsync(x => x.Id == t && x.Actif, ct))
            ModelState.AddModelError("Saisie.TerritoireId", "Ce territoire n'existe pas ou n'est plus actif.");
        var nom = saisie.Nom!.Trim();
        if (await db.Set<EquipePluridisciplinaire>().AnyAsync(e => e.Id != id && e.Nom == nom, ct))
            ModelState.AddModelError("Saisie.Nom", "Une autre équipe porte déjà ce nom.");
        if (saisie.Active && await db.Set<EquipePluridisciplinaire>().AnyAsync(e => e.Id != id && e.Active && e.TerritoireId == saisie.TerritoireId, ct))
            ModelState.AddModelError("Saisie.TerritoireId", saisie.TerritoireId is null
                ? "Une équipe active couvre déjà tout le département : désactivez-la d'abord."
                : "Une équipe active couvre déjà ce territoire : désactivez-la d'abord.");
    }

    private IQueryable<Utilisateur> ComptesMembres() => db.UtilisateursDuDepartement()
        .Where(u => u.Actif && db.Habilitations.Any(h => h.UtilisateurId == u.Id && h.Role == Role.MembreEquipePluridisciplinaire));

    private async Task<IActionResult> AfficherAsync(int? id, CancellationToken ct)
    {
        Id = id;
        Territoires = [new("Tout le département", ""), .. await db.Territoires.AsNoTracking().Where(t => t.Actif).OrderBy(t => t.Nom)
            .Select(t => new SelectListItem(t.Nom, t.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(ct)];
        Comptes = [new("Sans compte (convoqué par e-mail)", ""), .. await ComptesMembres().OrderBy(u => u.Nom).ThenBy(u => u.Prenom)
            .Select(u => new SelectListItem(u.Prenom + " " + u.Nom + " (" + u.Email + ")", u.Id)).ToListAsync(ct)];
        Membres = id is int e ? await db.Set<MembreEquipe>().AsNoTracking().Where(m => m.EquipePluridisciplinaireId == e).OrderBy(m => m.Fonction).ThenBy(m => m.Nom).ToListAsync(ct) : [];
        return Page();
    }
}
