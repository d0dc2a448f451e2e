using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Seances;

public sealed record LigneSeance(int Id, int EquipeId, string Equipe, DateTime Debut, string Lieu, StatutSeance Statut, int Dossiers);

public sealed record LignePresence(int MembreId, string Nom, FonctionMembre Fonction, string Organisation, bool? Present);

/// <summary>One dossier of the agenda as the agent who runs the session sees it (the dossier's own page holds the rest).</summary>
public sealed record LigneOrdreDuJour(int Id, int Version, int Rang, int PersonneId, string Nom, string Prenoms, string Thematique, NatureThematique Nature,
    StatutDossierEp Statut, bool? BeneficiairePresent, DateOnly? DateInformation, TypeDecisionEp? Avis, string? MotifAvis, TypeDecisionEp? Decision);

public sealed record LigneAInscrire(int Id, string Nom, string Prenoms, string Thematique, DateOnly DetecteLe);

/// <summary>A session with what this user may read of it: the agenda for an agent, the member's projection for a member.</summary>
public sealed record FicheSeance(SeanceEp Seance, string Equipe, IReadOnlyList<LignePresence> Presences, IReadOnlyList<LigneOrdreDuJour>? OrdreDuJour,
    IReadOnlyList<DossierPourMembre>? DossiersPourMembre, IReadOnlyList<ActeSeance> Actes, IReadOnlyList<LigneAInscrire> AInscrire, IReadOnlyList<LigneSeance> SeancesDeReport);

/// <summary>The sessions a user reaches (<see cref="PerimetreEp"/>), for the pages and the API alike. Each read of dossiers by a member is audited.</summary>
public sealed class ConsultationSeances(AppDbContext db, PerimetreEp perimetre, HeureLegale heure, AuditJournal audit)
{
    public const int Maximum = 200;

    public IQueryable<SeanceEp> Visibles() => perimetre.Seances(db.Set<SeanceEp>()).AsNoTracking();

    public Task<List<EquipePluridisciplinaire>> EquipesAsync(CancellationToken ct) =>
        perimetre.Equipes(db.Set<EquipePluridisciplinaire>()).AsNoTracking().OrderBy(e => e.Nom).ToListAsync(ct);

    /// <summary>Upcoming sessions first (soonest first), then past ones (latest first).</summary>
    public async Task<IReadOnlyList<LigneSeance>> ListerAsync(int? equipeId, StatutSeance? statut, CancellationToken ct)
    {
        var filtrees = Visibles().Where(s => (equipeId == null || s.EquipePluridisciplinaireId == equipeId) && (statut == null || s.Statut == statut));
        var maintenant = heure.MaintenantUtc;
        var aVenir = await Lignes(filtrees.Where(s => s.Debut >= maintenant).OrderBy(s => s.Debut)).Take(Maximum).ToListAsync(ct);
        var passees = await Lignes(filtrees.Where(s => s.Debut < maintenant).OrderByDescending(s => s.Debut)).Take(Maximum - aVenir.Count).ToListAsync(ct);
        return [.. aVenir, .. passees];
    }

    private IQueryable<LigneSeance> Lignes(IQueryable<SeanceEp> seances) => seances.Select(s => new LigneSeance(s.Id, s.EquipePluridisciplinaireId, s.Equipe!.Nom, s.Debut, s.Lieu, s.Statut,
        db.Set<DossierEp>().Count(d => d.SeanceEpId == s.Id)));

    public async Task<FicheSeance?> FicheAsync(int id, CancellationToken ct)
    {
        var seance = await Visibles().Include(s => s.Equipe).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (seance is null) return null;
        var presences = await db.Set<PresenceSeance>().AsNoTracking().Where(p => p.SeanceEpId == id).OrderBy(p => p.Membre!.Fonction).ThenBy(p => p.Membre!.Nom)
            .Select(p => new LignePresence(p.MembreEquipeId, p.Membre!.Prenom + " " + p.Membre.Nom, p.Membre.Fonction, p.Membre.Organisation, p.Present)).ToListAsync(ct);
        var dossiers = perimetre.Dossiers(db.Set<DossierEp>()).AsNoTracking().Where(d => d.SeanceEpId == id);
        if (!perimetre.PeutAgir)
        {
            var pourMembre = await DossierPourMembre.ChargerAsync(db, dossiers, heure.Jour(seance.Debut), ct);
            // A member reading the agenda reads personal data: each dossier shown is a consultation in the journal.
            foreach (var d in pourMembre) audit.Enregistrer(AuditActions.Consultation, nameof(DossierEp), d.Id, $"Lu par un membre de l'équipe pluridisciplinaire (séance {id})");
            await db.SaveChangesAsync(ct);
            return new FicheSeance(seance, seance.Equipe!.Nom, presences, null, pourMembre, [], [], []);
        }
        var ordre = await dossiers.OrderBy(d => d.Rang).Select(d => new LigneOrdreDuJour(d.Id, d.Version, d.Rang ?? 0, d.PersonneId,
            db.Personnes.Where(p => p.Id == d.PersonneId).Select(p => p.Nom).First(), db.Personnes.Where(p => p.Id == d.PersonneId).Select(p => p.Prenoms).First(),
            d.Thematique!.Libelle, d.Nature, d.Statut, d.BeneficiairePresent, d.DateInformation, d.Avis, d.MotifAvis, d.Decision)).ToListAsync(ct);
        var modifiable = seance.Statut.OrdreDuJourModifiable();
        var aInscrire = modifiable ? await AInscrireAsync(seance.Equipe!, ct) : [];
        var report = TransitionsSeance.Suivant(seance.Statut, ActeSeance.Reporter) is null ? [] : await Lignes(Visibles()
            .Where(s => s.EquipePluridisciplinaireId == seance.EquipePluridisciplinaireId && s.Id != id && s.Statut == StatutSeance.Creee).OrderBy(s => s.Debut)).ToListAsync(ct);
        return new FicheSeance(seance, seance.Equipe!.Nom, presences, ordre, null, [.. TransitionsSeance.Possibles(seance.Statut)], aInscrire, report);
    }

    /// <summary>The agenda's dossier ids in their order of passage.</summary>
    public Task<List<int>> OrdreDePassageAsync(int seanceId, CancellationToken ct) =>
        perimetre.Dossiers(db.Set<DossierEp>()).Where(d => d.SeanceEpId == seanceId).OrderBy(d => d.Rang).ThenBy(d => d.Id).Select(d => d.Id).ToListAsync(ct);

    /// <summary>The dossiers waiting for a session that this EP examines: of its territoire, or any for a département-wide EP.</summary>
    private async Task<IReadOnlyList<LigneAInscrire>> AInscrireAsync(EquipePluridisciplinaire equipe, CancellationToken ct) =>
        await perimetre.Dossiers(db.Set<DossierEp>()).AsNoTracking()
            .Where(d => d.Statut == StatutDossierEp.AInscrire && (equipe.TerritoireId == null || d.TerritoireId == equipe.TerritoireId))
            .OrderBy(d => d.DetecteLe).ThenBy(d => d.Id).Take(Maximum)
            .Select(d => new LigneAInscrire(d.Id, db.Personnes.Where(p => p.Id == d.PersonneId).Select(p => p.Nom).First(),
                db.Personnes.Where(p => p.Id == d.PersonneId).Select(p => p.Prenoms).First(), d.Thematique!.Libelle, d.DetecteLe)).ToListAsync(ct);
}
