using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Parrainage;

/// <summary>
/// The mentors' profiles, kept by the chargé de relation entreprise or an agent. The account itself is created by the
/// département's administrator with the habilitation « Parrain » (user administration, second factor required there); this
/// service links it to a profile, once: the choice is among the accounts so habilitated that have no profile yet.
/// </summary>
public sealed class ServiceParrains(AppDbContext db, AuditJournal audit, HeureLegale heure)
{
    public const string ActionCreation = "parrain-creation", ActionModification = "parrain-modification";

    public static readonly ResultatAction Introuvable = ResultatAction.Refus("Ce parrain n'existe pas.");

    private static readonly ResultatAction Conflit = ResultatAction.Refus("Ce parrain vient d'être modifié par quelqu'un d'autre : rechargez la page, puis recommencez.");

    public async Task<Ecriture> CreerAsync(SaisieParrain saisie, CancellationToken ct)
    {
        if (await VerifierAsync(saisie, null, ct) is { } refus) return refus;
        var parrain = new Parrain { UtilisateurId = saisie.UtilisateurId!, Metier = "", CreeLe = heure.MaintenantUtc };
        Remplir(parrain, saisie);
        db.Add(parrain);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (département, account) index: someone linked this account a moment ago.
            db.ChangeTracker.Clear();
            return Ecriture.Champ(nameof(saisie.UtilisateurId), "Ce compte vient d'être rattaché à un profil de parrain par quelqu'un d'autre.");
        }
        audit.Enregistrer(ActionCreation, nameof(Parrain), parrain.Id, parrain.Metier);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return Ecriture.De(ResultatAction.Ok("Parrain enregistré : il retrouve ses filleuls dans son espace dès qu'un parrainage lui est proposé."), parrain.Id);
    }

    public async Task<Ecriture> ModifierAsync(int id, int version, SaisieParrain saisie, CancellationToken ct)
    {
        if (await db.Set<Parrain>().FirstOrDefaultAsync(p => p.Id == id, ct) is not { } parrain) return Ecriture.De(Introuvable);
        if (await VerifierAsync(saisie with { UtilisateurId = parrain.UtilisateurId }, id, ct) is { } refus) return refus;
        db.Entry(parrain).Property(p => p.Version).OriginalValue = version;
        Remplir(parrain, saisie);
        audit.Enregistrer(ActionModification, nameof(Parrain), id, parrain.Actif ? parrain.Metier : $"{parrain.Metier} (inactif)");
        return Ecriture.De(await db.SauverActionAsync("Parrain modifié.", Conflit, ct), id);
    }

    /// <summary>The accounts habilitated « Parrain » that have no profile yet: the choices of a new mentor.</summary>
    public async Task<IReadOnlyList<(string Id, string Nom)>> ComptesDisponiblesAsync(CancellationToken ct) =>
        [.. (await db.Habilitations.Where(h => h.Role == Role.Parrain && !db.Set<Parrain>().Any(p => p.UtilisateurId == h.UtilisateurId))
            .Join(db.Users, h => h.UtilisateurId, u => u.Id, (h, u) => new { u.Id, u.Prenom, u.Nom, u.Email }).Distinct().ToListAsync(ct))
            .OrderBy(u => u.Nom, StringComparer.Ordinal).Select(u => (u.Id, $"{u.Prenom} {u.Nom} ({u.Email})"))];

    public async Task<IReadOnlyList<(int Id, string Nom)>> EmployeursAsync(CancellationToken ct) =>
        [.. (await db.Set<Employeurs.Employeur>().OrderBy(e => e.RaisonSociale).Select(e => new { e.Id, e.RaisonSociale }).ToListAsync(ct)).Select(e => (e.Id, e.RaisonSociale))];

    private async Task<Ecriture?> VerifierAsync(SaisieParrain saisie, int? soi, CancellationToken ct)
    {
        var erreurs = new Dictionary<string, string>(ReglesParrainage.Verifier(saisie, heure.Aujourdhui), StringComparer.Ordinal);
        if (soi is null && saisie.UtilisateurId is { } compte && !(await ComptesDisponiblesAsync(ct)).Any(c => c.Id == compte))
            erreurs[nameof(saisie.UtilisateurId)] = "Ce compte n'est pas habilité « Parrain ou marraine bénévole » ou a déjà un profil de parrain.";
        if (saisie.EmployeurId is int employeur && !await db.Set<Employeurs.Employeur>().AnyAsync(e => e.Id == employeur, ct))
            erreurs[nameof(saisie.EmployeurId)] = "Cet employeur n'est pas enregistré dans le département.";
        return erreurs.Count == 0 ? null : Ecriture.Champs(erreurs);
    }

    private void Remplir(Parrain p, SaisieParrain s)
    {
        (p.Metier, p.Secteur, p.EmployeurId, p.Disponibilites, p.DateEngagement, p.Actif, p.ModifieLe) =
            (s.Metier!.Trim(), ReglesParrainage.Nettoyer(s.Secteur), s.EmployeurId, ReglesParrainage.Nettoyer(s.Disponibilites), s.DateEngagement!.Value, s.Actif, heure.MaintenantUtc);
    }
}
