using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Seances;

/// <summary>The session from its agenda to its opinions: the persons informed, the members convened, the session held, the opinions recorded.</summary>
public sealed partial class ServiceSeances
{
    private static readonly ResultatAction ConflitDossier =
        ResultatAction.Refus("Ce dossier vient d'être modifié par un autre utilisateur : rechargez la page pour le voir à jour, puis recommencez.");

    /// <summary>Freezes the agenda and sends each person the information letter: the start of their month for observations.</summary>
    public async Task<ResultatAction> ArreterOrdreDuJourAsync(int seanceId, int version, CancellationToken ct)
    {
        var (seance, vers, refus) = await PourActeAsync(seanceId, version, ActeSeance.ArreterOrdreDuJour, ct);
        if (refus is not null) return refus;
        var ordre = await OrdreDuJourAsync(seance!.Id, ct);
        if (ordre.Count == 0) return ResultatAction.Refus("L'ordre du jour est vide : inscrivez au moins un dossier avant de l'arrêter.");
        var aujourdhui = heure.Aujourdhui;
        seance.Statut = vers;
        foreach (var dossier in ordre) dossier.DateInformation = aujourdhui;
        audit.Enregistrer("ep-ordre-du-jour-arrete", nameof(SeanceEp), seance.Id, $"{ordre.Count} dossier(s)");
        var sauve = await db.SauverActionAsync("", Conflit, ct);
        if (!sauve.Reussi) return sauve;
        var bilan = await envois.InformerAsync(seance, ordre.Select(d => d.Id).ToList(), ct);
        return ResultatAction.Ok($"Ordre du jour arrêté : {ordre.Count} personne(s) informée(s) de la séance. {bilan}");
    }

    /// <summary>Convenes every active member of the EP: their attendance rows, and the convocation e-mail (no data on the persons).</summary>
    public async Task<ResultatAction> ConvoquerAsync(int seanceId, int version, CancellationToken ct)
    {
        var (seance, vers, refus) = await PourActeAsync(seanceId, version, ActeSeance.Convoquer, ct);
        if (refus is not null) return refus;
        var membres = await db.Set<MembreEquipe>().Where(m => m.EquipePluridisciplinaireId == seance!.EquipePluridisciplinaireId && m.Actif).ToListAsync(ct);
        if (membres.Count == 0) return ResultatAction.Refus("Cette équipe pluridisciplinaire n'a aucun membre actif à convoquer.");
        (seance!.Statut, seance.ConvoqueeLe) = (vers, heure.MaintenantUtc);
        var deja = await db.Set<PresenceSeance>().Where(p => p.SeanceEpId == seance.Id).Select(p => p.MembreEquipeId).ToListAsync(ct);
        db.AddRange(membres.Where(m => !deja.Contains(m.Id)).Select(m => new PresenceSeance { SeanceEpId = seance.Id, MembreEquipeId = m.Id }));
        audit.Enregistrer("ep-seance-convoquee", nameof(SeanceEp), seance.Id, $"{membres.Count} membre(s)");
        var sauve = await db.SauverActionAsync("", Conflit, ct);
        if (!sauve.Reussi) return sauve;
        var nombre = await db.Set<DossierEp>().CountAsync(d => d.SeanceEpId == seance.Id, ct);
        return ResultatAction.Ok($"{membres.Count} membre(s) convoqué(s). {await envois.ConvoquerAsync(seance, membres, nombre, ct)}");
    }

    /// <summary>Records who attended; the quorum and composition decide whether opinions may be given, the reason kept when they may not.</summary>
    public async Task<ResultatAction> TenirAsync(int seanceId, int version, IReadOnlyCollection<int> membresPresents, IReadOnlyCollection<int> beneficiairesPresents, CancellationToken ct)
    {
        var (seance, vers, refus) = await PourActeAsync(seanceId, version, ActeSeance.Tenir, ct);
        if (refus is not null) return refus;
        // Attendance and opinions are what happened at the meeting: they cannot be recorded before its day.
        if (heure.Jour(seance!.Debut) is var jour && jour > heure.Aujourdhui)
            return db.Abandonner(ResultatAction.Refus($"La séance a lieu le {jour.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)} : les présences s'enregistrent à partir de ce jour."));
        var presences = await db.Set<PresenceSeance>().Include(p => p.Membre).Where(p => p.SeanceEpId == seance!.Id).ToListAsync(ct);
        if (membresPresents.Any(id => presences.All(p => p.MembreEquipeId != id)))
            return db.Abandonner(ResultatAction.Refus("Un des membres déclarés présents n'a pas été convoqué à cette séance."));
        var ordre = await OrdreDuJourAsync(seance!.Id, ct);
        if (beneficiairesPresents.Any(id => ordre.All(d => d.Id != id)))
            return db.Abandonner(ResultatAction.Refus("Une des personnes déclarées présentes n'est pas à l'ordre du jour de cette séance."));
        foreach (var presence in presences) presence.Present = membresPresents.Contains(presence.MembreEquipeId);
        foreach (var dossier in ordre) dossier.BeneficiairePresent = beneficiairesPresents.Contains(dossier.Id);
        var motif = QuorumSeance.MotifSansQuorum(seance.Equipe!, presences.Where(p => p.Present == true).Select(p => p.Membre!.Fonction).ToList());
        (seance.Statut, seance.QuorumAtteint, seance.MotifSansQuorum) = (vers, motif is null, motif);
        audit.Enregistrer("ep-seance-tenue", nameof(SeanceEp), seance.Id, motif is null ? $"Quorum atteint, {membresPresents.Count} présent(s)" : $"Sans quorum : {motif}");
        return await db.SauverActionAsync(motif is null
            ? $"Séance tenue avec {membresPresents.Count} membre(s) présent(s) : le quorum est atteint, enregistrez les avis."
            : $"Séance tenue sans quorum ({motif}) : aucun avis ne peut être rendu, reportez la séance.", Conflit, ct);
    }

    /// <summary>The EP's opinion on one dossier of a session held with quorum, among the decisions its thématique allows.</summary>
    public async Task<ResultatAction> RendreAvisAsync(int dossierId, int version, TypeDecisionEp? avis, string? motif, CancellationToken ct)
    {
        var dossier = await perimetre.Dossiers(db.Set<DossierEp>()).Include(d => d.Seance).FirstOrDefaultAsync(d => d.Id == dossierId, ct);
        if (dossier is null) return ResultatAction.Refus("Ce dossier n'existe pas ou n'est pas dans votre périmètre.");
        if (!perimetre.PeutAgir) return NonAgent;
        if (dossier.Version != version) return ConflitDossier;
        if (TransitionsDossierEp.Suivant(dossier.Statut, ActeDossierEp.RendreAvis) is not { } vers) return ResultatAction.Refus(TransitionsDossierEp.Refus(dossier.Statut, ActeDossierEp.RendreAvis));
        if (dossier.Seance is not { } seance || seance.Statut != StatutSeance.Tenue)
            return ResultatAction.Refus("L'avis ne peut être rendu qu'une fois la séance tenue, et avant que ses avis soient terminés.");
        if (seance.QuorumAtteint != true)
            return ResultatAction.Refus($"La séance s'est tenue sans quorum ({seance.MotifSansQuorum}) : aucun avis ne peut être rendu ; reportez la séance.");
        if (avis is not { } type) return ResultatAction.Refus("Choisissez l'avis de l'équipe pluridisciplinaire.");
        if (!dossier.Nature.DecisionsPossibles().Contains(type))
            return ResultatAction.Refus($"L'avis « {type.Libelle()} » n'est pas possible pour cette thématique.");
        if (string.IsNullOrWhiteSpace(motif)) return ResultatAction.Refus("Motivez l'avis de l'équipe pluridisciplinaire.");
        if (motif.Trim().Length > 2000) return ResultatAction.Refus("La motivation de l'avis ne peut dépasser 2 000 caractères.");
        (dossier.Statut, dossier.Avis, dossier.MotifAvis, dossier.AvisLe) = (vers, type, motif.Trim(), heure.MaintenantUtc);
        audit.Enregistrer("ep-avis", nameof(DossierEp), dossier.Id, type.ToString());
        return await db.SauverActionAsync($"Avis enregistré : {type.Libelle()}.", ConflitDossier, ct);
    }

    /// <summary>Closes the opinions once every dossier of the agenda has one: the département may decide.</summary>
    public async Task<ResultatAction> TerminerAvisAsync(int seanceId, int version, CancellationToken ct)
    {
        var (seance, vers, refus) = await PourActeAsync(seanceId, version, ActeSeance.TerminerAvis, ct);
        if (refus is not null) return refus;
        if (seance!.QuorumAtteint != true) return ResultatAction.Refus($"La séance s'est tenue sans quorum ({seance.MotifSansQuorum}) : reportez-la.");
        var sansAvis = await db.Set<DossierEp>().CountAsync(d => d.SeanceEpId == seance.Id && d.Statut == StatutDossierEp.Inscrit, ct);
        if (sansAvis > 0) return ResultatAction.Refus($"{sansAvis} dossier(s) de l'ordre du jour n'ont pas encore d'avis.");
        seance.Statut = vers;
        audit.Enregistrer("ep-avis-termines", nameof(SeanceEp), seance.Id);
        return await db.SauverActionAsync("Avis terminés : les décisions peuvent être prises sur chaque dossier.", Conflit, ct);
    }
}
