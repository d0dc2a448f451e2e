using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Clauses.PagePersonne;

public sealed record HeuresPeriode(DateOnly Debut, decimal Heures);

/// <param name="ParticipantId">The facilitator's participant page to open, when this viewer manages the contract; else null.</param>
public sealed record MarchePersonne(string Numero, string Acheteur, string Objet, string? Employeur, DateOnly DateDebut, DateOnly DateFin,
    IReadOnlyList<HeuresPeriode> Annees, IReadOnlyList<HeuresPeriode> DerniersMois, int? ParticipantId);

public sealed record FicheClausesPersonne(IReadOnlyList<MarchePersonne> Marches);

/// <summary>
/// The clause contracts of the person page (decision 0012, order 390, after the IAE parcours): for a person a facilitator
/// linked to their participant, each contract with its employer, the hours completed per year and the last months. Clause
/// hours are not sensitive: everyone who sees the person sees them; only the contracts' managers get the link to the
/// participant's page. Two commands: the contracts, then, when there are any, their hours.
/// </summary>
public sealed class SectionClauses(AppDbContext db, AccesClauses acces) : ISectionPersonne
{
    public const int MoisAffiches = 6;

    public int Ordre => 390;
    public string Vue => "/Features/Clauses/PagePersonne/_Section.cshtml";
    public EntreeSommaire? Sommaire => new("Clauses sociales", "clauses");

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct)
    {
        var inscriptions = await db.Set<ParticipationClause>().AsNoTracking().Where(p => p.Participant!.PersonneId == personne.Id)
            .Join(db.Set<MarcheClause>(), p => p.MarcheClauseId, m => m.Id, (p, m) => new
            {
                p.ParticipantClauseId,
                MarcheId = m.Id,
                m.Numero,
                m.Acheteur,
                m.Objet,
                m.DateDebut,
                m.DateFin,
                m.TerritoireId,
                Employeur = db.Set<Employeurs.Employeur>().Where(e => e.Id == p.EmployeurId).Select(e => e.RaisonSociale).FirstOrDefault(),
                Siae = db.Structures.Where(s => s.Id == p.StructureId).Select(s => s.Nom).FirstOrDefault(),
            })
            .OrderByDescending(x => x.DateDebut).ThenBy(x => x.Numero).ToListAsync(ct);
        if (inscriptions.Count == 0) return null;
        var participants = inscriptions.Select(i => i.ParticipantClauseId).Distinct().ToList();
        var heures = await db.Set<HeuresClause>().AsNoTracking().Where(h => participants.Contains(h.ParticipantClauseId))
            .Select(h => new { h.MarcheClauseId, h.ParticipantClauseId, h.Mois, h.Heures }).ToListAsync(ct);
        return new FicheClausesPersonne([.. inscriptions.Select(i =>
        {
            var mois = heures.Where(h => h.MarcheClauseId == i.MarcheId && h.ParticipantClauseId == i.ParticipantClauseId).OrderByDescending(h => h.Mois).ToList();
            var annees = mois.GroupBy(h => h.Mois.Year).OrderByDescending(g => g.Key).Select(g => new HeuresPeriode(new DateOnly(g.Key, 1, 1), g.Sum(h => h.Heures)));
            return new MarchePersonne(i.Numero, i.Acheteur, i.Objet, i.Employeur ?? (i.Siae is null ? null : $"{i.Siae} (SIAE)"), i.DateDebut, i.DateFin,
                [.. annees], [.. mois.Take(MoisAffiches).Select(h => new HeuresPeriode(h.Mois, h.Heures))],
                acces.Gere && acces.Couvre(i.TerritoireId) ? i.ParticipantClauseId : null);
        })]);
    }
}
