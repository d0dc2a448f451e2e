using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Prescriptions;

/// <summary>A prescription as a list shows it: the name shared with the operator, never more.</summary>
public sealed record LignePrescription(int Id, string Nom, string Prenoms, int ActionId, string Action, StatutPrescription Statut, DateTime PrescriteLe,
    string Prescripteur, DateOnly? DateEntree, DateOnly? DateSortie, TypeSortieAction? TypeSortie, bool Relancee);

/// <summary>One prescription in full, for whoever reaches it (<see cref="AccesPrescriptions"/>), with what this user may do to it.</summary>
public sealed record FichePrescription(Prescription Prescription, string Action, string Structure, DateOnly? Session, int PresencesPointees, int Presences,
    IReadOnlyList<ActePrescription> ActesOperateur, bool PeutAnnuler, bool PeutAutoriserDepassement, bool PeutSuivre, DateOnly Aujourdhui);

public sealed record FiltrePrescriptions(StatutPrescription? Statut = null, int? ActionId = null, bool EnCoursSeulement = false);

/// <summary>The operator's queue, the référent's list and one prescription, all through <see cref="AccesPrescriptions"/>.</summary>
public sealed class ConsultationPrescriptions(AppDbContext db, AccesPrescriptions acces, HeureLegale heure)
{
    public const int Maximum = 500;

    public IQueryable<Prescription> Visibles() => acces.Visibles(db.Set<Prescription>().AsNoTracking(), db.Personnes);

    public async Task<IReadOnlyList<LignePrescription>> ListerAsync(FiltrePrescriptions filtre, CancellationToken ct)
    {
        var requete = Visibles();
        if (filtre.Statut is { } statut) requete = requete.Where(p => p.Statut == statut);
        else if (filtre.EnCoursSeulement)
            requete = requete.Where(p => p.Statut == StatutPrescription.Envoyee || p.Statut == StatutPrescription.ListeAttente || p.Statut == StatutPrescription.Acceptee || p.Statut == StatutPrescription.EnCours);
        if (filtre.ActionId is int action) requete = requete.Where(p => p.ActionInsertionId == action);
        var lignes = await requete.OrderByDescending(p => p.PrescriteLe).ThenByDescending(p => p.Id).Take(Maximum)
            .Select(p => new
            {
                p.Id,
                p.Partage,
                p.ActionInsertionId,
                p.Statut,
                p.PrescriteLe,
                p.PrescripteurNom,
                p.DateEntree,
                p.DateSortie,
                p.TypeSortie,
                p.RelanceeLe,
                Action = db.Set<ActionInsertion>().Where(a => a.Id == p.ActionInsertionId).Select(a => a.Nom).First(),
            }).ToListAsync(ct);
        return [.. lignes.Select(l => new LignePrescription(l.Id, l.Partage.Nom, l.Partage.Prenoms, l.ActionInsertionId, l.Action, l.Statut, l.PrescriteLe,
            l.PrescripteurNom, l.DateEntree, l.DateSortie, l.TypeSortie, l.RelanceeLe is not null))];
    }

    public async Task<FichePrescription?> FicheAsync(int id, CancellationToken ct)
    {
        var p = await Visibles().Include(x => x.Presences).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return null;
        var action = await db.Set<ActionInsertion>().AsNoTracking().Where(a => a.Id == p.ActionInsertionId)
            .Select(a => new { a.Nom, Structure = db.Structures.Where(s => s.Id == a.StructureId).Select(s => s.Nom).First() }).SingleAsync(ct);
        var session = p.SessionActionId is int s ? await db.Set<SessionAction>().Where(x => x.Id == s).Select(x => (DateOnly?)x.Debut).FirstOrDefaultAsync(ct) : null;
        var operateur = acces.EstOperateur(p);
        var aujourdhui = heure.Aujourdhui;
        var peutSuivre = operateur && p.DateSortie is { } sortie && sortie.AddMonths(3).AddDays(-ServiceParticipations.DelaiSaisieSituationJours) <= aujourdhui;
        return new FichePrescription(p, action.Nom, action.Structure, session, p.Presences.Count(x => x.Statut == StatutPresence.Present), p.Presences.Count,
            operateur ? [.. TransitionsPrescription.Possibles(p.Statut, ActeurPrescription.Operateur)] : [],
            (acces.AgentDuDepartement || p.PrescripteurId == acces.UtilisateurId) && TransitionsPrescription.Suivant(p.Statut, ActePrescription.Annuler, ActeurPrescription.Prescripteur) is not null,
            acces.AgentDuDepartement && p.DepassementAutorisePar is null && p.Statut is StatutPrescription.Envoyee or StatutPrescription.ListeAttente or StatutPrescription.Acceptee,
            peutSuivre, aujourdhui);
    }
}
