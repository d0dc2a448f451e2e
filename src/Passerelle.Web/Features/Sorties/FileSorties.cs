using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Sorties;

public sealed record LigneSuiviAFaire(int Id, int PersonneId, string Nom, string Prenoms, int Mois, DateOnly Echeance, DateOnly DateSortie, MotifSortie Motif);

public sealed record LigneSortieAConfirmer(int Id, int PersonneId, string Nom, string Prenoms, DateOnly DateSortie, MotifSortie Motif);

/// <summary>The two work lists of exits: proposals to confirm and follow-ups to record, for the queue page, the échéances and the API.</summary>
public static class FileSorties
{
    /// <summary>Follow-ups not recorded, due by <paramref name="jusquau"/>, whose person has not come back (a return ends the follow-up).</summary>
    public static IQueryable<SuiviSortie> SuivisAFaire(AppDbContext db, DateOnly jusquau) =>
        db.Set<SuiviSortie>().Where(s => s.RealiseLe == null && s.Echeance <= jusquau && s.Sortie!.Parcours!.DateCloture != null);

    public static IQueryable<LigneSuiviAFaire> Lignes(IQueryable<SuiviSortie> suivis) =>
        suivis.OrderBy(s => s.Echeance).ThenBy(s => s.Id)
            .Select(s => new LigneSuiviAFaire(s.Id, s.PersonneId, s.Sortie!.Personne!.Nom, s.Sortie.Personne.Prenoms, s.Mois, s.Echeance, s.Sortie.DateSortie, s.Sortie.Motif));

    /// <summary>Proposed exits still awaiting confirmation (<see cref="PropositionSortieEmploi.EnAttente"/>: a return withdraws the proposal).</summary>
    public static IQueryable<LigneSortieAConfirmer> AConfirmer(IQueryable<Sortie> sorties) =>
        sorties.Where(s => s.Statut == StatutSortie.Proposee && (s.Parcours!.DateCloture != null || s.Parcours.DateReprise == null || s.Parcours.DateReprise <= s.DateSortie))
            .OrderBy(s => s.DateSortie).ThenBy(s => s.Id)
            .Select(s => new LigneSortieAConfirmer(s.Id, s.PersonneId, s.Personne!.Nom, s.Personne.Prenoms, s.DateSortie, s.Motif));
}
