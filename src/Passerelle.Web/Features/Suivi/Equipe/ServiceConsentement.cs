using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Suivi.Equipe;

/// <summary>
/// Records the person's consent to share their follow-up, and its withdrawal: the référent or an
/// agent does it, with the date and means the person gave it. A withdrawal takes effect on the next
/// request of every professional outside the référent's structure (<see cref="AccesEquipe"/>).
/// </summary>
public sealed class ServiceConsentement(AppDbContext db, ProfilSuivi profil, HeureLegale heure, AuditJournal audit)
{
    public async Task<ResultatAction> RecueillirAsync(int personneId, DateOnly? donneLe, ModeConsentement mode, CancellationToken ct)
    {
        var roles = await profil.PourAsync(personneId, ct);
        if (!roles.DecideEquipe) return ResultatAction.Refus("Seul le référent de la personne ou un agent du département enregistre son consentement.");
        if (donneLe is not { } date || date > heure.Aujourdhui || date < heure.Aujourdhui.AddYears(-1))
            return ResultatAction.Refus("Indiquez la date du consentement (dans l'année écoulée, pas dans le futur).");
        if (!Enum.IsDefined(mode)) return ResultatAction.Refus("Indiquez comment la personne a consenti.");
        if (await db.Set<ConsentementPartage>().AnyAsync(c => c.PersonneId == personneId && c.RetireLe == null, ct))
            return ResultatAction.Refus("Un consentement est déjà en vigueur.");
        var consentement = new ConsentementPartage { PersonneId = personneId, DonneLe = date, Mode = mode, RecueilliPar = roles.Nom, EnregistreLe = heure.MaintenantUtc };
        db.Add(consentement);
        await db.SaveChangesAsync(ct);
        await audit.EnregistrerMaintenantAsync(AuditActions.Creation, nameof(ConsentementPartage), consentement.Id,
            $"Personne {personneId} : consentement au partage donné {mode.Libelle()} le {date:dd/MM/yyyy}", ct: ct);
        return ResultatAction.Ok("Consentement au partage enregistré.");
    }

    public async Task<ResultatAction> RetirerAsync(int personneId, CancellationToken ct)
    {
        var roles = await profil.PourAsync(personneId, ct);
        if (!roles.DecideEquipe) return ResultatAction.Refus("Seul le référent de la personne ou un agent du département enregistre le retrait du consentement.");
        var consentement = await db.Set<ConsentementPartage>().FirstOrDefaultAsync(c => c.PersonneId == personneId && c.RetireLe == null, ct);
        if (consentement is null) return ResultatAction.Refus("Aucun consentement n'est en vigueur.");
        consentement.RetireLe = heure.MaintenantUtc;
        consentement.RetirePar = roles.Nom;
        audit.Enregistrer(AuditActions.Modification, nameof(ConsentementPartage), consentement.Id, $"Personne {personneId} : consentement au partage retiré");
        await db.SaveChangesAsync(ct);
        return ResultatAction.Ok("Consentement retiré : les professionnels extérieurs à la structure du référent n'ont plus accès à la personne.");
    }
}
