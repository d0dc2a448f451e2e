using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Suivi.Equipe;

/// <param name="Email">The invited professional's sign-in e-mail.</param>
public sealed record SaisieMembre(string? Email, string? Fonction, DateOnly? DateFin);

/// <summary>
/// The follow-up team and the consent to share, for the pages, the API and the demo. Anyone who
/// reaches the person may ask for a professional to join; the référent or an agent decides (their
/// own request is accepted at once). Every change is written to the audit journal with it.
/// </summary>
public sealed class ServiceEquipe(AppDbContext db, ProfilSuivi profil, HeureLegale heure, AuditJournal audit)
{
    public const int DureeMaximaleMois = 24;
    public const string MembreIntrouvable = "Ce membre n'existe pas dans l'équipe de cette personne.";
    public const string DecisionReservee = "Seul le référent de la personne ou un agent du département peut décider de l'équipe de suivi.";

    public async Task<ResultatAction> InviterAsync(int personneId, SaisieMembre saisie, CancellationToken ct)
    {
        var aujourdhui = heure.Aujourdhui;
        if (saisie.DateFin is not { } fin || fin < aujourdhui || fin > aujourdhui.AddMonths(DureeMaximaleMois))
            return ResultatAction.Refus($"Indiquez une date de fin entre aujourd'hui et {DureeMaximaleMois} mois.");
        var fonction = saisie.Fonction?.Trim() ?? "";
        if (fonction.Length is 0 or > 200) return ResultatAction.Refus("Indiquez la fonction du professionnel (200 caractères au plus).");
        var email = saisie.Email?.Trim().ToUpperInvariant();
        var professionnel = await db.Habilitations
            .Where(h => (h.Role == Role.Referent || h.Role == Role.ResponsableStructure) && h.StructureId != null)
            .Join(db.Users.Where(u => u.NormalizedEmail == email && u.Actif), h => h.UtilisateurId, u => u.Id, (h, u) => new { u.Id, StructureId = h.StructureId!.Value })
            .FirstOrDefaultAsync(ct);
        if (professionnel is null) return ResultatAction.Refus("Aucun référent ni responsable de structure actif de ce département n'a cette adresse.");
        if (await db.Set<MembreEquipe>().AnyAsync(m => m.PersonneId == personneId && m.UtilisateurId == professionnel.Id
                && m.Statut != StatutMembre.Refuse && m.RetireLe == null && m.DateFin >= aujourdhui, ct))
            return ResultatAction.Refus("Ce professionnel fait déjà partie de l'équipe ou y est déjà proposé.");
        var roles = await profil.PourAsync(personneId, ct);
        if (roles.UtilisateurId == professionnel.Id) return ResultatAction.Refus("Vous ne pouvez pas vous inviter vous-même.");
        var maintenant = heure.MaintenantUtc;
        var membre = new MembreEquipe
        {
            PersonneId = personneId,
            UtilisateurId = professionnel.Id,
            StructureId = professionnel.StructureId,
            Fonction = fonction,
            DateFin = fin,
            Statut = roles.DecideEquipe ? StatutMembre.Accepte : StatutMembre.Demande,
            DemandePar = roles.Nom,
            DemandeLe = maintenant,
            DecidePar = roles.DecideEquipe ? roles.Nom : null,
            DecideLe = roles.DecideEquipe ? maintenant : null,
        };
        db.Add(membre);
        await db.SaveChangesAsync(ct);
        await audit.EnregistrerMaintenantAsync(AuditActions.Creation, nameof(MembreEquipe), membre.Id,
            $"Personne {personneId} : {professionnel.Id} ({fonction}) {(roles.DecideEquipe ? "ajouté" : "proposé")} jusqu'au {fin:dd/MM/yyyy}", ct: ct);
        return ResultatAction.Ok(roles.DecideEquipe ? "Professionnel ajouté à l'équipe de suivi." : "Demande envoyée : le référent ou un agent décidera.");
    }

    public async Task<ResultatAction> DeciderAsync(int personneId, int membreId, int version, bool accepter, CancellationToken ct)
    {
        var roles = await profil.PourAsync(personneId, ct);
        if (!roles.DecideEquipe) return ResultatAction.Refus(DecisionReservee);
        var membre = await db.Set<MembreEquipe>().FirstOrDefaultAsync(m => m.Id == membreId && m.PersonneId == personneId, ct);
        if (membre is null) return ResultatAction.Refus(MembreIntrouvable);
        if (membre.Version != version) return ResultatAction.Conflit;
        if (membre.Statut != StatutMembre.Demande) return ResultatAction.Refus("Cette demande a déjà été tranchée.");
        membre.Statut = accepter ? StatutMembre.Accepte : StatutMembre.Refuse;
        membre.DecidePar = roles.Nom;
        membre.DecideLe = heure.MaintenantUtc;
        return await EnregistrerAsync(membre, $"Personne {personneId} : demande {(accepter ? "acceptée" : "refusée")}",
            accepter ? "Demande acceptée : le professionnel rejoint l'équipe." : "Demande refusée.", ct);
    }

    public async Task<ResultatAction> RetirerAsync(int personneId, int membreId, int version, CancellationToken ct)
    {
        var roles = await profil.PourAsync(personneId, ct);
        if (!roles.DecideEquipe) return ResultatAction.Refus(DecisionReservee);
        var membre = await db.Set<MembreEquipe>().FirstOrDefaultAsync(m => m.Id == membreId && m.PersonneId == personneId, ct);
        if (membre is null) return ResultatAction.Refus(MembreIntrouvable);
        if (membre.Version != version) return ResultatAction.Conflit;
        if (membre.RetireLe is not null) return ResultatAction.Refus("Ce professionnel a déjà quitté l'équipe.");
        membre.RetireLe = heure.MaintenantUtc;
        membre.RetirePar = roles.Nom;
        return await EnregistrerAsync(membre, $"Personne {personneId} : retiré de l'équipe", "Le professionnel ne fait plus partie de l'équipe.", ct);
    }

    private async Task<ResultatAction> EnregistrerAsync(MembreEquipe membre, string details, string message, CancellationToken ct)
    {
        audit.Enregistrer(AuditActions.Modification, nameof(MembreEquipe), membre.Id, details);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return ResultatAction.Conflit; }
        return ResultatAction.Ok(message);
    }
}
