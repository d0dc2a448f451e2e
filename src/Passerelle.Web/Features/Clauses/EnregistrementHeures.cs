using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Clauses;

/// <summary>
/// One month's hours of one participant on one contract, as the grid, the API or an import line gives them; <paramref name="Cle"/>
/// names the line in the errors (a participant's id, a file's line number). No hours (or 0) removes the month.
/// </summary>
public sealed record LigneHeures(string Cle, int MarcheId, int ParticipantId, DateOnly Mois, decimal? Heures, int? EmployeurId = null, int? StructureId = null,
    bool EmployeurDonne = false);

/// <summary>A write of hours whose refusals also name the column each is about (« mois », « heures »…), for an import's report.</summary>
public sealed record EcritureHeures(ResultatAction Resultat, IReadOnlyDictionary<string, string> Erreurs, IReadOnlyDictionary<string, string>? Colonnes = null)
    : Ecriture(Resultat, Erreurs);

/// <summary>
/// Records completed hours all or nothing: every line is checked (contract in scope, participant on it, month within the
/// contract and not to come, the monthly ceiling of <see cref="ReglesHeuresClause"/> over all the person's contracts), every
/// refusal is kept with its line, and only when none is refused are the months replaced, in one transaction.
/// </summary>
public sealed class EnregistrementHeures(AppDbContext db, AccesClauses acces, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public const string Action = "clause-heures";

    public async Task<EcritureHeures> EnregistrerAsync(IReadOnlyList<LigneHeures> lignes, CancellationToken ct)
    {
        if (lignes.Count == 0) return new(ResultatAction.Refus("Aucune ligne d'heures à enregistrer."), new Dictionary<string, string>());
        var idsMarches = lignes.Select(l => l.MarcheId).Distinct().ToList();
        var marches = await acces.Atteints(db.Set<MarcheClause>()).Where(m => idsMarches.Contains(m.Id))
            .Select(m => new { m.Id, m.Numero, m.DateDebut, m.DateFin }).ToDictionaryAsync(m => m.Id, ct);
        // Callers resolve contracts within the scope first: one beyond it is the answer of an unknown id, not a line's error.
        if (marches.Count < idsMarches.Count) return new(ServiceMarches.Introuvable, new Dictionary<string, string>());
        var idsParticipants = lignes.Select(l => l.ParticipantId).Distinct().ToList();
        var inscriptions = await db.Set<ParticipationClause>().Where(p => idsMarches.Contains(p.MarcheClauseId) && idsParticipants.Contains(p.ParticipantClauseId))
            .Select(p => new { p.MarcheClauseId, p.ParticipantClauseId, p.EmployeurId, p.StructureId, p.Participant!.Prenom, p.Participant.Nom }).ToListAsync(ct);
        var mois = lignes.Select(l => l.Mois).Distinct().ToList();
        var existantes = await db.Set<HeuresClause>().Where(h => idsParticipants.Contains(h.ParticipantClauseId) && mois.Contains(h.Mois))
            .Select(h => new { h.MarcheClauseId, h.ParticipantClauseId, h.Mois, h.Heures }).ToListAsync(ct);
        var moisCourant = new DateOnly(heure.Aujourdhui.Year, heure.Aujourdhui.Month, 1);
        var departement = await db.CodeDepartementAsync(ct);

        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        var colonnes = new Dictionary<string, string>(StringComparer.Ordinal);
        var vues = new HashSet<(int, int, DateOnly)>();
        foreach (var l in lignes)
        {
            var inscription = inscriptions.FirstOrDefault(i => i.MarcheClauseId == l.MarcheId && i.ParticipantClauseId == l.ParticipantId);
            var marche = marches[l.MarcheId];
            var (colonne, erreur) = ("mois", (string?)null);
            if (inscription is null) (colonne, erreur) = ("nom", $"Ce participant n'est pas inscrit sur le marché n° {marche.Numero} : inscrivez-le d'abord.");
            else if (l.Mois.Day != 1) erreur = "Le mois s'indique par son premier jour.";
            else if (l.Mois > moisCourant) erreur = $"{ReglesHeuresClause.NomMois(l.Mois)} n'est pas encore commencé : on ne saisit que des heures réalisées.";
            else if (l.Mois < new DateOnly(marche.DateDebut.Year, marche.DateDebut.Month, 1) || l.Mois > marche.DateFin)
                erreur = $"Le marché n° {marche.Numero} ne court pas en {ReglesHeuresClause.NomMois(l.Mois)} (du {marche.DateDebut:dd/MM/yyyy} au {marche.DateFin:dd/MM/yyyy}).";
            else if (!vues.Add((l.MarcheId, l.ParticipantId, l.Mois))) erreur = "Ce participant a déjà une ligne pour ce marché et ce mois dans la même saisie.";
            else if (l.Heures is decimal h)
            {
                var autresLignes = lignes.Where(x => x.ParticipantId == l.ParticipantId && x.Mois == l.Mois && x.MarcheId != l.MarcheId).Sum(x => x.Heures ?? 0);
                var remplacees = lignes.Where(x => x.ParticipantId == l.ParticipantId && x.Mois == l.Mois).Select(x => x.MarcheId).ToHashSet();
                var ailleurs = autresLignes + existantes.Where(x => x.ParticipantClauseId == l.ParticipantId && x.Mois == l.Mois && !remplacees.Contains(x.MarcheClauseId)).Sum(x => x.Heures);
                (colonne, erreur) = ("heures", ReglesHeuresClause.Verifier(h, ailleurs, l.Mois, $"{inscription.Prenom} {inscription.Nom}", departement));
            }
            if (erreur is null) continue;
            erreurs[l.Cle] = erreur;
            colonnes[l.Cle] = colonne;
        }
        if (erreurs.Count > 0)
            return new(ResultatAction.Refus($"{erreurs.Count} ligne(s) refusée(s) : rien n'a été enregistré. Corrigez-les, puis enregistrez à nouveau."), erreurs, Colonnes: colonnes);

        // An import registering new participants first holds the transaction of the whole file.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        foreach (var groupe in lignes.GroupBy(l => l.MarcheId))
        {
            var participants = groupe.Select(l => l.ParticipantId).ToList();
            var moisDuGroupe = groupe.Select(l => l.Mois).Distinct().ToList();
            var anciennes = await db.Set<HeuresClause>().Where(h => h.MarcheClauseId == groupe.Key && participants.Contains(h.ParticipantClauseId) && moisDuGroupe.Contains(h.Mois)).ToListAsync(ct);
            db.RemoveRange(anciennes.Where(a => groupe.Any(l => l.ParticipantId == a.ParticipantClauseId && l.Mois == a.Mois)));
        }
        var auteur = user.NomComplet ?? user.Email ?? "système";
        foreach (var l in lignes.Where(l => l.Heures > 0))
        {
            var inscription = inscriptions.First(i => i.MarcheClauseId == l.MarcheId && i.ParticipantClauseId == l.ParticipantId);
            var (employeur, structure) = l.EmployeurDonne ? (l.EmployeurId, l.StructureId) : (inscription.EmployeurId, inscription.StructureId);
            db.Add(new HeuresClause
            {
                MarcheClauseId = l.MarcheId,
                ParticipantClauseId = l.ParticipantId,
                Mois = l.Mois,
                Heures = l.Heures!.Value,
                EmployeurId = employeur,
                StructureId = structure,
                SaisiLe = heure.MaintenantUtc,
                SaisiPar = auteur,
            });
        }
        foreach (var groupe in lignes.GroupBy(l => (l.MarcheId, l.Mois)))
            audit.Enregistrer(Action, nameof(MarcheClause), groupe.Key.MarcheId, $"{groupe.Key.Mois:yyyy-MM} : {groupe.Count()} ligne(s), {groupe.Sum(l => l.Heures ?? 0)} h");
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        var total = lignes.Sum(l => l.Heures ?? 0);
        return new(ResultatAction.Ok($"{lignes.Count} ligne(s) enregistrée(s), {ReglesHeuresClause.Heures(total)} h au total."), new Dictionary<string, string>());
    }
}
