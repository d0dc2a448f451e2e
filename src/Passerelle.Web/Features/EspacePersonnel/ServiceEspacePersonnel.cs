using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EspacePersonnel;

/// <summary>
/// Ties and unties a beneficiary account and a person. Checks, in order: the person is in the agent's
/// scope, the user is an agent, the account is an active beneficiary account of the département, not
/// tied to someone else.
/// </summary>
public sealed class ServiceEspacePersonnel(AppDbContext db, PerimetreDossiers perimetre, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public const string ActionRattacher = "espace-personnel-rattache", ActionDetacher = "espace-personnel-detache";

    /// <summary>The person tied to the signed-in beneficiary, or null (no beneficiary role, or not tied yet).</summary>
    public async Task<int?> PersonneConnecteeAsync(CancellationToken ct) =>
        user.A(Role.Beneficiaire) && user.Id is { } id
            ? await db.Set<LienEspacePersonnel>().Where(l => l.UtilisateurId == id).Select(l => (int?)l.PersonneId).FirstOrDefaultAsync(ct)
            : null;

    public async Task<ResultatAction> RattacherAsync(int personneId, string? email, CancellationToken ct)
    {
        if (!await perimetre.Filtrer(db.Personnes).AnyAsync(p => p.Id == personneId, ct)) return ResultatAction.HorsPerimetre;
        if (!user.A(Role.AgentDepartemental)) return ResultatAction.Refus("Seul un agent départemental peut rattacher un compte à une personne.");
        var adresse = email?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(adresse)) return ResultatAction.Refus("Indiquez l'adresse électronique du compte.");
        var compte = await db.UtilisateursDuDepartement().Where(u => u.NormalizedEmail == adresse && u.Actif)
            .Select(u => new { u.Id, Beneficiaire = u.Habilitations.Any(h => h.Role == Role.Beneficiaire) }).FirstOrDefaultAsync(ct);
        if (compte is null) return ResultatAction.Refus("Aucun compte actif du département ne porte cette adresse.");
        if (!compte.Beneficiaire) return ResultatAction.Refus("Ce compte n'a pas le rôle « Bénéficiaire » : seul un compte bénéficiaire se rattache à une personne.");
        var lien = await db.Set<LienEspacePersonnel>().FirstOrDefaultAsync(l => l.UtilisateurId == compte.Id, ct);
        if (lien?.PersonneId == personneId) return ResultatAction.Refus("Ce compte est déjà rattaché à cette personne.");
        if (lien is not null) return ResultatAction.Refus("Ce compte est rattaché à une autre personne : détachez-le d'abord.");
        db.Add(new LienEspacePersonnel { UtilisateurId = compte.Id, PersonneId = personneId, CreeLe = heure.MaintenantUtc, CreePar = user.NomComplet ?? user.Email ?? "système" });
        audit.Enregistrer(ActionRattacher, nameof(Personne), personneId, $"Compte {compte.Id}");
        return await EnregistrerAsync("Compte rattaché : la personne voit son espace.", ct);
    }

    public async Task<ResultatAction> DetacherAsync(int personneId, int lienId, CancellationToken ct)
    {
        if (!await perimetre.Filtrer(db.Personnes).AnyAsync(p => p.Id == personneId, ct)) return ResultatAction.HorsPerimetre;
        if (!user.A(Role.AgentDepartemental)) return ResultatAction.Refus("Seul un agent départemental peut détacher un compte.");
        var lien = await db.Set<LienEspacePersonnel>().FirstOrDefaultAsync(l => l.Id == lienId && l.PersonneId == personneId, ct);
        if (lien is null) return ResultatAction.HorsPerimetre;
        db.Remove(lien);
        audit.Enregistrer(ActionDetacher, nameof(Personne), personneId, $"Compte {lien.UtilisateurId}");
        return await EnregistrerAsync("Compte détaché.", ct);
    }

    private async Task<ResultatAction> EnregistrerAsync(string message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same account tied at the same moment by another agent (unique index).
            db.ChangeTracker.Clear();
            return ResultatAction.Conflit;
        }
        return ResultatAction.Ok(message);
    }
}
