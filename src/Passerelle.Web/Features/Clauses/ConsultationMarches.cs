using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Clauses;

public sealed record LigneMarche(int Id, string Numero, string Acheteur, string Objet, DateOnly DateDebut, DateOnly DateFin, int HeuresExigees, decimal HeuresRealisees);

public sealed record AnneeMarche(int Annee, int Prevues, decimal Realisees);

public sealed record ParticipantMarche(int Id, string Nom, string Prenom, DateOnly DateNaissance, PublicClause Public, bool RattacheParcours, string? Employeur, decimal HeuresRealisees);

public sealed record FicheMarche(int Id, int Version, string Numero, string Acheteur, string Objet, IReadOnlyList<string> Lots, DateOnly DateDebut, DateOnly DateFin,
    int HeuresExigees, int? TerritoireId, string? Territoire, int? FicheActionId, string? FicheAction, string? FacilitateurId, string? Facilitateur,
    string? Attributaire, string? AttributaireCle, IReadOnlyList<AnneeMarche> Annees, IReadOnlyList<PlanClause> Plan, IReadOnlyList<ParticipantMarche> Participants);

public sealed record LigneGrille(int ParticipantId, string Nom, string Prenom, DateOnly DateNaissance, decimal? Heures);

/// <summary>The contracts as their managers see them, always within <see cref="AccesClauses"/>: the list, one contract's page with its yearly totals, one month's grid.</summary>
public sealed class ConsultationMarches(AppDbContext db, AccesClauses acces)
{
    public async Task<Page<LigneMarche>> ListeAsync(string? recherche, int? page, int? taille, CancellationToken ct)
    {
        var marches = acces.Atteints(db.Set<MarcheClause>().AsNoTracking());
        if (!string.IsNullOrWhiteSpace(recherche))
        {
            var texte = recherche.Trim().ToUpper();
            marches = marches.Where(m => m.Numero.ToUpper().Contains(texte) || m.Objet.ToUpper().Contains(texte) || m.Acheteur.ToUpper().Contains(texte));
        }
        var heures = db.Set<HeuresClause>();
        return await marches.OrderByDescending(m => m.DateDebut).ThenBy(m => m.Numero)
            .Select(m => new LigneMarche(m.Id, m.Numero, m.Acheteur, m.Objet, m.DateDebut, m.DateFin, m.HeuresExigees,
                heures.Where(h => h.MarcheClauseId == m.Id).Sum(h => (decimal?)h.Heures) ?? 0))
            .PaginerAsync(page, taille, ct);
    }

    public async Task<FicheMarche?> FicheAsync(int id, CancellationToken ct)
    {
        var m = await acces.Atteints(db.Set<MarcheClause>().AsNoTracking()).Include(x => x.Plan).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return null;
        var territoire = m.TerritoireId is int t ? await db.Territoires.Where(x => x.Id == t).Select(x => x.Nom).FirstOrDefaultAsync(ct) : null;
        var fiche = m.FicheActionId is int f ? await db.Set<Programmes.ElementProgramme>().Where(x => x.Id == f).Select(x => x.Code + " – " + x.Titre).FirstOrDefaultAsync(ct) : null;
        var facilitateur = m.FacilitateurId is { } u ? await db.Users.Where(x => x.Id == u).Select(x => x.Prenom + " " + x.Nom).FirstOrDefaultAsync(ct) : null;
        var realisees = await db.Set<HeuresClause>().Where(h => h.MarcheClauseId == id).GroupBy(h => h.Mois.Year)
            .Select(g => new { Annee = g.Key, Heures = g.Sum(h => h.Heures) }).ToListAsync(ct);
        var annees = m.Plan.Select(p => p.Mois.Year).Concat(realisees.Select(r => r.Annee)).Distinct().Order()
            .Select(a => new AnneeMarche(a, m.Plan.Where(p => p.Mois.Year == a).Sum(p => p.Heures), realisees.FirstOrDefault(r => r.Annee == a)?.Heures ?? 0)).ToList();
        var employeurs = db.Set<Employeurs.Employeur>();
        var structures = db.Structures;
        var participants = await db.Set<ParticipationClause>().Where(p => p.MarcheClauseId == id)
            .Select(p => new ParticipantMarche(p.ParticipantClauseId, p.Participant!.Nom, p.Participant.Prenom, p.Participant.DateNaissance, p.Participant.Public,
                p.Participant.PersonneId != null,
                employeurs.Where(e => e.Id == p.EmployeurId).Select(e => e.RaisonSociale).FirstOrDefault() ?? structures.Where(s => s.Id == p.StructureId).Select(s => s.Nom).FirstOrDefault(),
                db.Set<HeuresClause>().Where(h => h.MarcheClauseId == id && h.ParticipantClauseId == p.ParticipantClauseId).Sum(h => (decimal?)h.Heures) ?? 0))
            .ToListAsync(ct);
        var attributaire = m.EmployeurId is int e ? await employeurs.Where(x => x.Id == e).Select(x => x.RaisonSociale).FirstOrDefaultAsync(ct)
            : m.StructureId is int s ? await structures.Where(x => x.Id == s).Select(x => x.Nom).FirstOrDefaultAsync(ct) : null;
        return new FicheMarche(m.Id, m.Version, m.Numero, m.Acheteur, m.Objet, m.Lots, m.DateDebut, m.DateFin, m.HeuresExigees, m.TerritoireId, territoire,
            m.FicheActionId, fiche, m.FacilitateurId, facilitateur, attributaire, ReglesMarche.Attributaire(m.EmployeurId, m.StructureId), annees,
            [.. m.Plan.OrderBy(p => p.Mois)], [.. participants.OrderBy(p => p.Nom).ThenBy(p => p.Prenom)]);
    }

    /// <returns>null when the contract is outside the reader's scope.</returns>
    public async Task<IReadOnlyList<LigneGrille>?> GrilleAsync(int id, DateOnly mois, CancellationToken ct)
    {
        if (!await acces.Atteints(db.Set<MarcheClause>()).AnyAsync(m => m.Id == id, ct)) return null;
        var heures = db.Set<HeuresClause>().Where(h => h.MarcheClauseId == id && h.Mois == mois);
        return (await db.Set<ParticipationClause>().Where(p => p.MarcheClauseId == id)
            .Select(p => new LigneGrille(p.ParticipantClauseId, p.Participant!.Nom, p.Participant.Prenom, p.Participant.DateNaissance,
                heures.Where(h => h.ParticipantClauseId == p.ParticipantClauseId).Select(h => (decimal?)h.Heures).FirstOrDefault()))
            .ToListAsync(ct)).OrderBy(l => l.Nom).ThenBy(l => l.Prenom).ToList();
    }

    /// <returns>null when the contract is outside the reader's scope.</returns>
    public async Task<List<HeuresLues>?> HeuresAsync(int id, CancellationToken ct)
    {
        if (!await acces.Atteints(db.Set<MarcheClause>()).AnyAsync(m => m.Id == id, ct)) return null;
        var lignes = await db.Set<HeuresClause>().Where(h => h.MarcheClauseId == id)
            .Join(db.Set<ParticipantClause>(), h => h.ParticipantClauseId, p => p.Id, (h, p) => new { h.ParticipantClauseId, p.Nom, p.Prenom, h.Mois, h.Heures })
            .ToListAsync(ct);
        return [.. lignes.OrderBy(l => l.Mois).ThenBy(l => l.Nom).Select(l => new HeuresLues(l.ParticipantClauseId, l.Nom, l.Prenom, $"{l.Mois:yyyy-MM}", l.Heures))];
    }
}
