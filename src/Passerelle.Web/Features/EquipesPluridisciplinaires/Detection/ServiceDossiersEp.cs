using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Detection;

/// <summary>
/// Puts a person forward to an EP on one thématique, and withdraws a dossier before the opinion. The queues' bulk
/// action, the person page and the API all call here. Checked in order: the person is in the agent's scope, the user
/// is an agent, the thématique is in use, no dossier of that nature is open, and the law's 31 days
/// (<see cref="ReglesNationalesEp.JoursEntrePassages"/>) have passed since the last proposal of that nature. The
/// 31 days count from the last dossier's creation day (the day the person was put forward), not from its decision:
/// the law forbids proposing twice within the period, and the decision day depends on the session's calendar.
/// A withdrawn dossier is no passage and does not count.
/// </summary>
public sealed class ServiceDossiersEp(AppDbContext db, PerimetreDossiers perimetre, PerimetreEp perimetreEp, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public const string ActionAuditProposition = "ep-proposition", ActionAuditRetrait = "ep-retrait";

    public async Task<(ResultatAction Resultat, int? DossierId)> ProposerAsync(int personneId, NatureThematique nature, string? motif, DateOnly detecteLe, CancellationToken ct)
    {
        var personne = await perimetre.Filtrer(db.Personnes).AsNoTracking().Where(p => p.Id == personneId)
            .Select(p => new { p.Id, TerritoireDossier = p.DossierCourant != null ? p.DossierCourant.TerritoireId : null }).FirstOrDefaultAsync(ct);
        if (personne is null) return (ResultatAction.HorsPerimetre, null);
        if (!perimetreEp.PeutAgir) return (ResultatAction.Refus("Seul un agent du département propose une personne en équipe pluridisciplinaire."), null);
        var thematique = await ThematiquesEp.ActiveAsync(db, nature, ct);
        if (thematique is null) return (ResultatAction.Refus($"La thématique « {nature.LibelleParDefaut()} » n'est pas utilisée dans le département : un administrateur peut l'activer."), null);
        if (string.IsNullOrWhiteSpace(motif)) return (ResultatAction.Refus("Indiquez le motif de la proposition : ce que l'équipe pluridisciplinaire doit examiner."), null);
        if (motif.Trim().Length > 2000) return (ResultatAction.Refus("Le motif ne peut dépasser 2 000 caractères."), null);
        var aujourdhui = heure.Aujourdhui;
        if (detecteLe > aujourdhui) return (ResultatAction.Refus("La date de détection ne peut pas être postérieure à aujourd'hui."), null);
        if (await ObstacleAsync(personneId, nature, thematique.Libelle, aujourdhui, ct) is { } obstacle) return (ResultatAction.Refus(obstacle), null);

        var territoireId = personne.TerritoireDossier ?? await db.Set<Parcours>().Where(p => p.PersonneId == personneId && p.DateCloture == null)
            .Select(p => p.TerritoireId).FirstOrDefaultAsync(ct);
        var dossier = new DossierEp
        {
            PersonneId = personneId,
            TerritoireId = territoireId,
            ThematiqueEpId = thematique.Id,
            Nature = nature,
            Motif = motif.Trim(),
            DetecteLe = detecteLe,
            CreeLe = heure.MaintenantUtc,
            CreePar = user.NomComplet ?? user.Email ?? "Agent",
            Statut = StatutDossierEp.AInscrire,
        };
        var seance = await ProchaineSeanceAsync(territoireId, ct);
        if (seance is not null)
        {
            dossier.Statut = TransitionsDossierEp.Suivant(dossier.Statut, ActeDossierEp.Inscrire)!.Value;
            dossier.SeanceEpId = seance.Id;
            dossier.Rang = (await db.Set<DossierEp>().Where(d => d.SeanceEpId == seance.Id).MaxAsync(d => d.Rang, ct) ?? 0) + 1;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(dossier);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique index of open dossiers: another agent proposed the same person on this nature at the same moment.
            return (db.Abandonner(ResultatAction.Refus($"Un dossier « {thematique.Libelle} » vient d'être ouvert pour cette personne par un autre agent.")), null);
        }
        audit.Enregistrer(ActionAuditProposition, nameof(DossierEp), dossier.Id, $"Personne {personneId}, {nature}{(seance is null ? "" : $", séance {seance.Id}")}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        var message = seance is null
            ? $"Proposé(e) en équipe pluridisciplinaire (« {thematique.Libelle} ») : le dossier attend d'être inscrit à une séance."
            : $"Proposé(e) en équipe pluridisciplinaire (« {thematique.Libelle} ») et inscrit(e) à la séance du {Jour(heure.Jour(seance.Debut))}.";
        return (ResultatAction.Ok(message), dossier.Id);
    }

    /// <summary>Withdraws a dossier before the EP's opinion (the person signed their contract meanwhile…); the motive goes to the audit journal.</summary>
    public async Task<ResultatAction> RetirerAsync(int dossierId, int version, string? motif, CancellationToken ct)
    {
        var dossier = await perimetreEp.Dossiers(db.Set<DossierEp>()).FirstOrDefaultAsync(d => d.Id == dossierId, ct);
        if (dossier is null) return ResultatAction.HorsPerimetre;
        if (!perimetreEp.PeutAgir) return ResultatAction.Refus("Seul un agent du département retire un dossier d'équipe pluridisciplinaire.");
        if (dossier.Version != version) return db.Abandonner(ResultatAction.Conflit);
        if (TransitionsDossierEp.Suivant(dossier.Statut, ActeDossierEp.Retirer) is not { } vers)
            return db.Abandonner(ResultatAction.Refus(TransitionsDossierEp.Refus(dossier.Statut, ActeDossierEp.Retirer)));
        if (string.IsNullOrWhiteSpace(motif)) return db.Abandonner(ResultatAction.Refus("Indiquez pourquoi le dossier est retiré."));
        dossier.Statut = vers;
        audit.Enregistrer(ActionAuditRetrait, nameof(DossierEp), dossier.Id, motif.Trim());
        return await db.SauverActionAsync("Dossier retiré : il ne sera pas examiné.", ResultatAction.Conflit, ct);
    }

    private async Task<string?> ObstacleAsync(int personneId, NatureThematique nature, string libelle, DateOnly aujourdhui, CancellationToken ct)
    {
        var precedents = db.Set<DossierEp>().AsNoTracking().Where(d => d.PersonneId == personneId && d.Nature == nature);
        var ouvert = await precedents.Where(d => TransitionsDossierEp.Ouverts.Contains(d.Statut)).Select(d => new { d.Statut }).FirstOrDefaultAsync(ct);
        if (ouvert is not null)
            return $"Un dossier est déjà ouvert pour cette personne sur la thématique « {libelle} » ({ouvert.Statut.Libelle().ToLowerInvariant()}).";
        var dernier = await precedents.Where(d => d.Statut != StatutDossierEp.Retire).OrderByDescending(d => d.CreeLe).Select(d => (DateTime?)d.CreeLe).FirstOrDefaultAsync(ct);
        if (dernier is not DateTime creeLe) return null;
        var propose = heure.Jour(creeLe);
        var possible = propose.AddDays(ReglesNationalesEp.JoursEntrePassages);
        return aujourdhui < possible
            ? $"Déjà proposé(e) le {Jour(propose)} sur cette thématique : un nouveau passage est possible à partir du {Jour(possible)}."
            : null;
    }

    /// <summary>The next session still open to new dossiers of the EP of the person's territoire, or of the département-wide EP.</summary>
    private async Task<SeanceEp?> ProchaineSeanceAsync(int? territoireId, CancellationToken ct)
    {
        var maintenant = heure.MaintenantUtc;
        var equipes = db.Set<EquipePluridisciplinaire>().Where(e => e.Active);
        var duTerritoire = territoireId is int t && await equipes.AnyAsync(e => e.TerritoireId == t, ct);
        var competentes = duTerritoire ? equipes.Where(e => e.TerritoireId == territoireId) : equipes.Where(e => e.TerritoireId == null);
        return await db.Set<SeanceEp>().AsNoTracking()
            .Where(s => competentes.Any(e => e.Id == s.EquipePluridisciplinaireId) && s.Statut == StatutSeance.Creee && s.Debut > maintenant)
            .OrderBy(s => s.Debut).ThenBy(s => s.Id).FirstOrDefaultAsync(ct);
    }

    private static string Jour(DateOnly jour) => jour.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
