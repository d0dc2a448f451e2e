using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Seances;

/// <summary>
/// An agent runs an EP's session (primer §3 step 9): creates it, sets its agenda, informs the persons, convenes the
/// members, holds it, records the opinions and moves it on to its closing — or cancels or postpones it. Each act
/// checks, in order: the scope (<see cref="PerimetreEp"/>), the role, the version, the state machine
/// (<see cref="TransitionsSeance"/>, <see cref="TransitionsDossierEp"/>), then the business rules; each is audited.
/// The decisions themselves are taken on the dossier's page, by another service.
/// </summary>
public sealed partial class ServiceSeances(AppDbContext db, PerimetreEp perimetre, AuditJournal audit, HeureLegale heure, EnvoisSeance envois)
{
    public static readonly ResultatAction HorsPerimetre = ResultatAction.Refus("Cette séance n'existe pas ou n'est pas dans votre périmètre.");
    public static readonly ResultatAction Conflit =
        ResultatAction.Refus("Cette séance vient d'être modifiée par un autre utilisateur : rechargez la page pour la voir à jour, puis recommencez.");
    private static readonly ResultatAction NonAgent = ResultatAction.Refus("Seul un agent du département conduit les séances d'équipe pluridisciplinaire.");

    public async Task<(ResultatAction Resultat, int? Id)> CreerAsync(int equipeId, DateTime debut, string? lieu, CancellationToken ct)
    {
        var equipe = await perimetre.Equipes(db.Set<EquipePluridisciplinaire>()).AsNoTracking().FirstOrDefaultAsync(e => e.Id == equipeId, ct);
        if (equipe is null) return (ResultatAction.Refus("Cette équipe pluridisciplinaire n'existe pas ou n'est pas dans votre périmètre."), null);
        if (!perimetre.PeutAgir) return (NonAgent, null);
        if (!equipe.Active) return (ResultatAction.Refus("Cette équipe pluridisciplinaire n'est plus active."), null);
        if (string.IsNullOrWhiteSpace(lieu)) return (ResultatAction.Refus("Indiquez le lieu de la séance."), null);
        if (lieu.Trim().Length > 300) return (ResultatAction.Refus("Le lieu ne peut dépasser 300 caractères."), null);
        if (debut <= heure.MaintenantUtc) return (ResultatAction.Refus("La séance doit avoir lieu dans le futur."), null);
        var seance = new SeanceEp { EquipePluridisciplinaireId = equipe.Id, Debut = DateTime.SpecifyKind(debut, DateTimeKind.Utc), Lieu = lieu.Trim(), Statut = StatutSeance.Creee };
        db.Add(seance);
        await db.SaveChangesAsync(ct);
        audit.Enregistrer("ep-seance-creee", nameof(SeanceEp), seance.Id, $"Équipe {equipe.Id}, {heure.DateEtHeure(seance.Debut)}");
        var resultat = await db.SauverActionAsync($"Séance du {heure.DateEtHeure(seance.Debut)} créée : inscrivez-y les dossiers à examiner.", Conflit, ct);
        return (resultat, seance.Id);
    }

    /// <summary>Adds dossiers waiting for a session to the end of the agenda, in the order given.</summary>
    public async Task<ResultatAction> InscrireAsync(int seanceId, int version, IReadOnlyCollection<int> dossierIds, CancellationToken ct)
    {
        if (await OrdreDuJourModifiableAsync(seanceId, version, ct) is not { } seance) return await RefusAsync(seanceId, version, ct);
        if (dossierIds.Count == 0) return ResultatAction.Refus("Choisissez au moins un dossier à inscrire.");
        var dossiers = await perimetre.Dossiers(db.Set<DossierEp>()).Where(d => dossierIds.Contains(d.Id)).ToListAsync(ct);
        if (dossiers.Count != dossierIds.Distinct().Count()) return db.Abandonner(ResultatAction.Refus("Un des dossiers n'existe pas ou n'est pas dans votre périmètre."));
        var territoire = seance.Equipe!.TerritoireId;
        var rang = await db.Set<DossierEp>().Where(d => d.SeanceEpId == seance.Id).MaxAsync(d => d.Rang, ct) ?? 0;
        foreach (var dossier in dossierIds.Distinct().Select(id => dossiers.Single(d => d.Id == id)))
        {
            if (dossier.Statut == StatutDossierEp.Inscrit)
                return db.Abandonner(ResultatAction.Refus($"Dossier n° {dossier.Id} : il est déjà inscrit à l'ordre du jour d'une séance."));
            if (TransitionsDossierEp.Suivant(dossier.Statut, ActeDossierEp.Inscrire) is not { } vers || dossier.Statut != StatutDossierEp.AInscrire)
                return db.Abandonner(ResultatAction.Refus($"Dossier n° {dossier.Id} : {TransitionsDossierEp.Refus(dossier.Statut, ActeDossierEp.Inscrire)}"));
            if (territoire is int t && dossier.TerritoireId != t)
                return db.Abandonner(ResultatAction.Refus($"Dossier n° {dossier.Id} : la personne ne relève pas du territoire de cette équipe pluridisciplinaire."));
            (dossier.Statut, dossier.SeanceEpId, dossier.Rang) = (vers, seance.Id, ++rang);
        }
        db.Entry(seance).State = EntityState.Modified;
        audit.Enregistrer("ep-ordre-du-jour-inscription", nameof(SeanceEp), seance.Id, $"Dossiers {string.Join(", ", dossierIds)}");
        return await db.SauverActionAsync($"{dossiers.Count} dossier(s) inscrit(s) à l'ordre du jour.", Conflit, ct);
    }

    /// <summary>Takes dossiers off the agenda: they wait for another session again.</summary>
    public async Task<ResultatAction> DesinscrireAsync(int seanceId, int version, IReadOnlyCollection<int> dossierIds, CancellationToken ct)
    {
        if (await OrdreDuJourModifiableAsync(seanceId, version, ct) is not { } seance) return await RefusAsync(seanceId, version, ct);
        var ordre = await OrdreDuJourAsync(seance.Id, ct);
        if (dossierIds.Count == 0 || dossierIds.Any(id => ordre.All(d => d.Id != id))) return ResultatAction.Refus("Ce dossier n'est pas à l'ordre du jour de cette séance.");
        foreach (var dossier in ordre.Where(d => dossierIds.Contains(d.Id)))
        {
            if (TransitionsDossierEp.Suivant(dossier.Statut, ActeDossierEp.Desinscrire) is not { } vers)
                return db.Abandonner(ResultatAction.Refus(TransitionsDossierEp.Refus(dossier.Statut, ActeDossierEp.Desinscrire)));
            (dossier.Statut, dossier.SeanceEpId, dossier.Rang) = (vers, null, null);
        }
        Renumeroter(ordre.Where(d => !dossierIds.Contains(d.Id)));
        db.Entry(seance).State = EntityState.Modified;
        audit.Enregistrer("ep-ordre-du-jour-retrait", nameof(SeanceEp), seance.Id, $"Dossiers {string.Join(", ", dossierIds)}");
        return await db.SauverActionAsync("Dossier(s) retiré(s) de l'ordre du jour : ils attendent une autre séance.", Conflit, ct);
    }

    /// <summary>Sets the order of passage: the agenda's dossiers in the order given (each exactly once).</summary>
    public async Task<ResultatAction> OrdonnerAsync(int seanceId, int version, IReadOnlyList<int> dossierIds, CancellationToken ct)
    {
        if (await OrdreDuJourModifiableAsync(seanceId, version, ct) is not { } seance) return await RefusAsync(seanceId, version, ct);
        var ordre = await OrdreDuJourAsync(seance.Id, ct);
        if (!ordre.Select(d => d.Id).Order().SequenceEqual(dossierIds.Order()))
            return db.Abandonner(ResultatAction.Refus("L'ordre de passage doit citer chaque dossier de l'ordre du jour une fois."));
        Renumeroter(dossierIds.Select(id => ordre.Single(d => d.Id == id)));
        db.Entry(seance).State = EntityState.Modified;
        audit.Enregistrer("ep-ordre-du-jour-ordre", nameof(SeanceEp), seance.Id, string.Join(", ", dossierIds));
        return await db.SauverActionAsync("Ordre de passage enregistré.", Conflit, ct);
    }

    /// <summary>One act of the session by its name, as the page's buttons and the API send it.</summary>
    public Task<ResultatAction> AgirAsync(int seanceId, int version, ActeSeance acte, string? motif, int? versSeanceId,
        IReadOnlyCollection<int> membresPresents, IReadOnlyCollection<int> beneficiairesPresents, CancellationToken ct) => acte switch
        {
            ActeSeance.ArreterOrdreDuJour => ArreterOrdreDuJourAsync(seanceId, version, ct),
            ActeSeance.Convoquer => ConvoquerAsync(seanceId, version, ct),
            ActeSeance.Tenir => TenirAsync(seanceId, version, membresPresents, beneficiairesPresents, ct),
            ActeSeance.TerminerAvis => TerminerAvisAsync(seanceId, version, ct),
            ActeSeance.TerminerDecisions => TerminerDecisionsAsync(seanceId, version, ct),
            ActeSeance.Clore => CloreAsync(seanceId, version, ct),
            ActeSeance.Annuler => AnnulerAsync(seanceId, version, motif, ct),
            _ => ReporterAsync(seanceId, version, motif, versSeanceId, ct),
        };

    private static void Renumeroter(IEnumerable<DossierEp> dossiers)
    {
        var rang = 0;
        foreach (var dossier in dossiers) dossier.Rang = ++rang;
    }

    private Task<List<DossierEp>> OrdreDuJourAsync(int seanceId, CancellationToken ct) =>
        db.Set<DossierEp>().Where(d => d.SeanceEpId == seanceId).OrderBy(d => d.Rang).ThenBy(d => d.Id).ToListAsync(ct);

    /// <summary>The session in reach, at this version, whose agenda may change; null otherwise (<see cref="RefusAsync"/> says why).</summary>
    private async Task<SeanceEp?> OrdreDuJourModifiableAsync(int seanceId, int version, CancellationToken ct)
    {
        var seance = await SeanceAsync(seanceId, ct);
        return seance is not null && perimetre.PeutAgir && seance.Version == version && seance.Statut.OrdreDuJourModifiable() ? seance : null;
    }

    private async Task<ResultatAction> RefusAsync(int seanceId, int version, CancellationToken ct)
    {
        var seance = await SeanceAsync(seanceId, ct);
        return seance is null ? HorsPerimetre : !perimetre.PeutAgir ? NonAgent : seance.Version != version ? Conflit
            : ResultatAction.Refus($"L'ordre du jour ne peut plus être modifié : la séance est « {seance.Statut.Libelle().ToLowerInvariant()} ».");
    }

    private Task<SeanceEp?> SeanceAsync(int seanceId, CancellationToken ct) =>
        perimetre.Seances(db.Set<SeanceEp>()).Include(s => s.Equipe).FirstOrDefaultAsync(s => s.Id == seanceId, ct);

    /// <summary>The session for one act: in reach, handled by an agent, at this version, the act allowed by the state machine.</summary>
    private async Task<(SeanceEp? Seance, StatutSeance Vers, ResultatAction? Refus)> PourActeAsync(int seanceId, int version, ActeSeance acte, CancellationToken ct)
    {
        var seance = await SeanceAsync(seanceId, ct);
        if (seance is null) return (null, default, HorsPerimetre);
        if (!perimetre.PeutAgir) return (null, default, NonAgent);
        if (seance.Version != version) return (null, default, Conflit);
        if (TransitionsSeance.Suivant(seance.Statut, acte) is not { } vers) return (null, default, ResultatAction.Refus(TransitionsSeance.Refus(seance.Statut, acte)));
        return (seance, vers, null);
    }
}
